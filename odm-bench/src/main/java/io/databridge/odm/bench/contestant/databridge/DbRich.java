package io.databridge.odm.bench.contestant.databridge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/**
 * The "rich" entity as a data-bridge user writes it: a plain record, no annotations.
 *
 * @param id the id
 * @param name the name
 * @param address the embedded address
 * @param tags the tags
 * @param counts the counters, in insertion order
 * @param createdAt the creation time (milliseconds)
 * @param price the price
 */
public record DbRich(ObjectId id, String name, DbAddress address, List<String> tags, Map<String, Integer> counts,
        Instant createdAt, BigDecimal price) {
}
