package io.databridge.odm.it.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * A record holding every type the write path supports.
 *
 * @param id the id
 * @param name a string
 * @param count an int
 * @param big a long
 * @param ratio a double
 * @param small a float
 * @param flag a boolean
 * @param shortValue a short
 * @param byteValue a byte
 * @param letter a char
 * @param boxedInt an Integer
 * @param boxedLong a Long
 * @param boxedDouble a Double
 * @param boxedFlag a Boolean
 * @param status an enum
 * @param price a BigDecimal
 * @param createdAt an Instant
 * @param day a LocalDate
 * @param localTime a LocalDateTime
 * @param uuid a UUID
 * @param payload a byte array
 * @param tags a list
 * @param numbers a set
 * @param counts a map
 * @param address an embedded record
 * @param previous a list of embedded records
 * @param nickname a present Optional
 * @param noNickname an empty Optional
 * @param orderId a value object
 * @param missing a null reference (left out)
 * @param groups a map of lists
 * @param reference another ObjectId
 */
public record Everything(ObjectId id, String name, int count, long big, double ratio, float small, boolean flag,
        short shortValue, byte byteValue, char letter, Integer boxedInt, Long boxedLong, Double boxedDouble,
        Boolean boxedFlag, Status status, BigDecimal price, Instant createdAt, LocalDate day, LocalDateTime localTime,
        UUID uuid, byte[] payload, List<String> tags, Set<Integer> numbers, Map<String, Integer> counts,
        Address address, List<Address> previous, Optional<String> nickname, Optional<String> noNickname,
        OrderId orderId, @Nullable String missing, Map<String, List<String>> groups, ObjectId reference) {
}
