package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.config.TemporalPrecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that cannot be stored are refused with the type, the position, the path and the expectation. */
class ExtractionFailuresTest {

    private final MappingContext strict = MappingContext.create(MappingConfiguration.builder().build());

    private <T> InvalidEntityException refused(Class<T> type, List<T> batch) {
        return assertThrows(InvalidEntityException.class, () -> strict.mapper(type).toDocuments(batch));
    }

    record Priced(String id, BigDecimal price) {
    }

    @Test
    void refusesADecimalThatDecimal128CannotHoldExactly() {
        InvalidEntityException failure = refused(Priced.class, List.of(new Priced("a", BigDecimal.ONE),
                new Priced("b", new BigDecimal("1.2345678901234567890123456789012345"))));

        assertEquals(Priced.class, failure.entityType());
        assertEquals(1, failure.position());
        assertEquals("price", failure.path());
        assertTrue(failure.expected().contains("34 significant digits"));
        assertTrue(failure.getMessage().contains("position 1") && failure.getMessage().contains("price"));
    }

    record Timed(String id, Instant at, LocalDateTime local) {
    }

    @Test
    void refusesSubMillisecondTimesByDefault() {
        Instant precise = Instant.parse("2026-11-25T10:00:00.000123Z");

        InvalidEntityException failure = refused(Timed.class, List.of(new Timed("a", precise,
                LocalDateTime.of(2026, 1, 1, 0, 0))));

        assertEquals("at", failure.path());
        assertTrue(failure.expected().contains("millisecond precision"));
    }

    @Test
    void truncatesSubMillisecondTimesWhenConfigured() {
        MappingContext truncating = MappingContext.create(MappingConfiguration.builder()
                .temporalPrecision(TemporalPrecision.TRUNCATE_TO_MILLIS).build());
        Timed timed = new Timed("a", Instant.parse("2026-11-25T10:00:00.000999Z"),
                LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1_999_999));

        var document = truncating.mapper(Timed.class).toDocument(timed);

        assertEquals(new DateTimeValue(1_795_600_800_000L), document.get("at"));
        assertEquals(new DateTimeValue(1_767_225_600_001L), document.get("local"));
    }

    @Test
    void refusesATimeOutsideTheRangeOfADate() {
        InvalidEntityException failure = refused(Timed.class, List.of(new Timed("a", Instant.MAX,
                LocalDateTime.of(2026, 1, 1, 0, 0))));

        assertEquals("at", failure.path());
    }

    record Labels(String id, Map<String, List<Map<String, String>>> labels) {
    }

    @Test
    void namesTheFullPathToABadMapKeyInsideListsAndMaps() {
        Map<String, String> bad = new HashMap<>();
        bad.put("$gt", "x");
        InvalidEntityException failure = refused(Labels.class, List.of(new Labels("a",
                Map.of("group", List.of(Map.of(), bad)))));

        assertEquals("labels[\"group\"][1]", failure.path());
        assertEquals("the key \"$gt\"", failure.found());
    }

    @Test
    void refusesANullMapKey() {
        Map<String, List<Map<String, String>>> labels = new HashMap<>();
        labels.put(null, List.of());

        InvalidEntityException failure = refused(Labels.class, List.of(new Labels("a", labels)));

        assertEquals("a null key", failure.found());
    }

    record Mutable(String id, Holder holder) {
    }

    static class Holder {
        private final List<String> items = new ArrayList<>();

        @Override
        public String toString() {
            return "Holder" + items.size();
        }
    }

    static final class SubHolder extends Holder {
    }

    @Test
    void refusesASubclassInstanceThatWouldLoseItsOwnFields() {
        InvalidEntityException failure = refused(Mutable.class, List.of(new Mutable("a", new SubHolder())));

        assertEquals("holder", failure.path());
        assertTrue(failure.found().contains("SubHolder"));
    }

    record StringId(String id, String name) {
    }

    @Test
    void refusesANullIdThatIsNotAnObjectId() {
        InvalidEntityException failure = refused(StringId.class, List.of(new StringId(null, "x")));

        assertEquals("id", failure.path());
        assertTrue(failure.expected().contains("non-null id"));
    }

    @Test
    void refusesANullEntity() {
        InvalidEntityException failure = refused(StringId.class, Arrays.asList(new StringId("a", "x"), null));

        assertEquals(1, failure.position());
        assertEquals("", failure.path());
        assertEquals("null", failure.found());
    }

    record Currency(String code) {
        Currency {
            if (code.length() != 3) {
                throw new IllegalArgumentException("not an ISO code");
            }
        }
    }

    static final class Money {
        private final String text;

        Money(String text) {
            this.text = text;
        }
    }

    record Wallet(String id, Money money) {
    }

    @Test
    void reportsAConverterFailureWithThePath() {
        ValueConverter<Money> failing = new ValueConverter<>() {
            @Override
            public Class<Money> javaType() {
                return Money.class;
            }

            @Override
            public Class<? extends ExtractedValue> storedType() {
                return StringValue.class;
            }

            @Override
            public ExtractedValue toStored(Money value) {
                if (value.text.isEmpty()) {
                    throw new IllegalArgumentException("empty money");
                }
                return new StringValue(value.text);
            }

            @Override
            public Money fromStored(ExtractedValue stored) {
                return new Money(((StringValue) stored).value());
            }
        };
        MappingContext converting = MappingContext.create(MappingConfiguration.builder().converter(failing).build());

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> converting.mapper(Wallet.class).toDocument(new Wallet("w", new Money(""))));

        assertEquals("money", failure.path());
        assertTrue(failure.found().contains("empty money"));
        assertEquals(new StringValue("10 EUR"),
                converting.mapper(Wallet.class).toDocument(new Wallet("w", new Money("10 EUR"))).get("money"));
    }
}
