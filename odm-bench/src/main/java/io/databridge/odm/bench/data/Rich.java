package io.databridge.odm.bench.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * The "rich" document: {@code _id}, {@code name}, a nested {@code address}, {@code tags} (array of strings),
 * {@code counts} (embedded document of int32 values), {@code createdAt} (BSON date) and {@code price}
 * (decimal128), stored in this order.
 *
 * <p>The record is deeply immutable. {@code counts} keeps its insertion order, because the stored embedded
 * document must list its keys in that order for every contestant; {@code createdAt} is truncated to
 * milliseconds, the precision of a BSON date, so it survives a round trip unchanged.
 *
 * @param id the pre-assigned {@code _id}
 * @param name the item name
 * @param address the nested address
 * @param tags the tags, stored as an array of strings
 * @param counts named counters, stored as an embedded document of int32 values in iteration order
 * @param createdAt the creation time, stored as a BSON date
 * @param price the price, stored as decimal128
 */
public record Rich(
        ObjectId id,
        String name,
        Address address,
        List<String> tags,
        Map<String, Integer> counts,
        Instant createdAt,
        BigDecimal price) {

    /** Requires every field to be present, copies the collections and truncates {@code createdAt}. */
    public Rich {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        tags = List.copyOf(tags);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(price, "price");
    }
}
