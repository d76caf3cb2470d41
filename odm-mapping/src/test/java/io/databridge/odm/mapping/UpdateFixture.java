package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.update.Change;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.query.UpdateRenderer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * What the update rendering tests share: an order type with a field of every kind an update can reach, a renderer of
 * it, and helpers that render one change or expect a refusal naming a path.
 */
abstract class UpdateFixture {

    static final MappingConfiguration CONFIGURATION = MappingConfiguration.builder().converter(new StampConverter())
            .build();
    static final MappingContext CONTEXT = MappingContext.create(CONFIGURATION);

    static UpdateRenderer rendererOf(Class<?> type) {
        return new UpdateRenderer(type, CONTEXT.mapper(type).model().document(), CONFIGURATION);
    }

    final UpdateRenderer orders = rendererOf(Order.class);

    DocumentValue render(Change... changes) {
        return orders.render(Update.of(changes));
    }

    InvalidQueryException refused(Update update) {
        return assertThrows(InvalidQueryException.class, () -> orders.render(update));
    }

    /** Renders one change, expects a refusal naming the path and saying {@code words}. */
    InvalidQueryException refused(Change change, String path, String words) {
        InvalidQueryException failure = refused(Update.of(change));
        assertEquals(path, failure.path(), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("Invalid query on " + Order.class.getName() + ", path '" + path
                + "': "), failure.getMessage());
        assertTrue(failure.getMessage().contains(words), failure.getMessage());
        return failure;
    }

    /** {@code {operator: {path: operand}}}. */
    static DocumentValue op(String operator, String path, ExtractedValue operand) {
        return TestDocuments.document(operator, TestDocuments.document(path, operand));
    }

    enum Status { OPEN, PAID }

    record OrderId(String value) {
    }

    record Sku(String value) {
    }

    record Address(String street, @FieldName("town") String city, String zip) {
    }

    record Line(@FieldName("item") Sku sku, int qty, Status status, List<String> notes) {
    }

    /** A time a converter stores as a date. */
    record Stamp(long millis) {
    }

    record Order(OrderId id, String name, int count, long big, double ratio, float weight, short small, byte tiny,
            boolean flag, Status status, BigDecimal price, Instant placedAt, LocalDateTime seenAt, LocalDate day,
            UUID uuid, Stamp stamp, Optional<String> nickname, Integer maybe, Long maybeBig,
            @FieldName("addr") Address address, Optional<Address> shipping, Address billing, List<String> tags,
            List<Line> lines, Set<Integer> scores, SortedSet<Integer> ranks, List<List<Integer>> matrix,
            Map<String, Integer> counts, Map<String, Address> places, @FieldName("ref") Sku sku,
            List<Status> statuses, Optional<Instant> closedAt, String otherName, List<Long> bigs) {
    }

    record Keyed(@Id long key, String name) {
    }

    record NoId(String what) {
    }

    static final class StampConverter implements ValueConverter<Stamp> {

        @Override
        public Class<Stamp> javaType() {
            return Stamp.class;
        }

        @Override
        public Class<? extends ExtractedValue> storedType() {
            return DateTimeValue.class;
        }

        @Override
        public ExtractedValue toStored(Stamp value) {
            return new DateTimeValue(value.millis());
        }

        @Override
        public Stamp fromStored(ExtractedValue stored) {
            return new Stamp(((DateTimeValue) stored).epochMillis());
        }
    }
}
