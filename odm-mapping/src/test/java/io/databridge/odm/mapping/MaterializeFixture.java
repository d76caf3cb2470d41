package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.annotation.Transient;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the materialization tests share: a mapping context whose generated ids are fixed, round-trip and refusal
 * helpers, a document builder, and the types several of them read.
 */
abstract class MaterializeFixture {

    static final ObjectIdValue GENERATED = new ObjectIdValue(0x65a1b2c3, 42L);

    final MappingContext context = MappingContext.create(MappingConfiguration.builder()
            .objectIdGenerator(() -> GENERATED).build());

    <T> T roundTrip(Class<T> type, T entity) {
        EntityMapper<T> mapper = context.mapper(type);
        return mapper.fromDocument(mapper.toDocument(entity));
    }

    <T> StoredDocumentException refused(Class<T> type, DocumentValue document) {
        return assertThrows(StoredDocumentException.class, () -> context.mapper(type).fromDocument(document));
    }

    enum Status { OPEN, PAID }

    record AllScalars(@Id long key, int i, long l, double d, float f, boolean b, short s, byte y, char c,
            Integer bi, Long bl, Double bd, Float bf, Boolean bb, Short bs, Byte by, Character bc, String text,
            BigDecimal price, Instant at, LocalDate day, LocalDateTime time, UUID uuid, ObjectIdValue ref,
            Status status) {
    }

    record Sku(String value) {
    }

    record Quantity(int value) {
    }

    record OrderId(String value) {
    }

    record Line(Sku sku, Quantity quantity, BigDecimal price) {
    }

    record Address(String street, @FieldName("town") String city, String zip) {
    }

    record Order(OrderId id, String customer, Address address, List<Line> lines, Set<Status> statuses,
            Map<String, Integer> counts, Optional<String> note, Optional<Sku> code, Optional<Address> shipping) {
    }

    record NoId(String what, int count) {
    }

    record Renamed(@Id String code, @FieldName("n") int number, @Transient String skipped) {
    }

    record Sparse(String id, Integer boxedInt, Long boxedLong, Boolean boxedFlag, String text, BigDecimal price,
            Instant at, Status status, Sku sku, Address address, int count, long big, double ratio, float small,
            boolean flag, short shortValue, byte byteValue, char letter, List<String> list, Set<String> set,
            SortedSet<String> sortedSet, Collection<String> collection, ArrayList<String> arrayList,
            Map<String, Integer> map, TreeMap<String, Integer> treeMap, Optional<String> maybe,
            Optional<Address> maybeAddress) {
    }

    static AllScalars sampleScalars() {
        return new AllScalars(7L, -1, 9_000_000_000L, 0.5, 1.25f, true, (short) 3, (byte) 4, 'x', 5, 6L, 7.5, 2.5f,
                false, (short) -3, (byte) -4, 'y', "text", new BigDecimal("9.99"), Instant.ofEpochMilli(1_234_567L),
                LocalDate.of(2024, 2, 29), LocalDateTime.of(2026, 11, 25, 10, 30, 15, 123_000_000),
                new UUID(1L, 2L), GENERATED, Status.PAID);
    }

    static Order sampleOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("visits", 3);
        counts.put("clicks", 0);
        return new Order(new OrderId("A-1"), "ann", new Address("1 Main St", "Springfield", "12345"),
                List.of(new Line(new Sku("S-1"), new Quantity(2), new BigDecimal("9.99")),
                        new Line(new Sku("S-2"), new Quantity(1), new BigDecimal("0.50"))),
                new LinkedHashSet<>(List.of(Status.PAID, Status.OPEN)), counts, Optional.of("leave at door"),
                Optional.of(new Sku("S-9")), Optional.empty());
    }
}
