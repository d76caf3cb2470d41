package io.databridge.odm.bench.contestant.spring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The "rich" document as a Spring Data record entity.
 *
 * @param id the {@code _id}
 * @param name the name
 * @param address the nested address
 * @param tags the tags
 * @param counts the counters, in insertion order
 * @param createdAt the creation time
 * @param price the price
 */
@Document("spring_rich")
public record SpringRich(
        ObjectId id,
        String name,
        SpringAddress address,
        List<String> tags,
        Map<String, Integer> counts,
        Instant createdAt,
        BigDecimal price) {
}
