package io.databridge.odm.mapping;

import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.Creator;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.value.DocumentValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Classes are read through their {@code @Creator} constructor or static factory, else their only constructor with
 * parameters, else a no-argument constructor and their fields; a constructor's refusal is a
 * {@link io.databridge.odm.api.error.StoredDocumentException}, a failing JVM is not.
 */
class ConstructionTest extends MaterializeFixture {

    /** Read through its annotated static factory, the only way to build it. */
    static final class Money {
        private final String currency;
        private final long cents;
        private final transient boolean viaFactory;

        private Money(String currency, long cents, boolean viaFactory) {
            this.currency = currency;
            this.cents = cents;
            this.viaFactory = viaFactory;
        }

        @Creator
        static Money of(String currency, long cents) {
            return new Money(currency, cents, true);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Money that && currency.equals(that.currency) && cents == that.cents;
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, cents);
        }
    }

    record Wallet(String id, Money balance) {
    }

    @Test
    void readsAClassThroughItsCreatorStaticFactory() {
        Wallet wallet = new Wallet("w", new Money("EUR", 1050, false));

        Wallet read = roundTrip(Wallet.class, wallet);

        assertEquals(wallet, read);
        assertTrue(read.balance().viaFactory, "built by the @Creator factory");
    }

    /** Has a no-argument constructor and non-final fields, but is read through its annotated constructor. */
    static final class Temperature {
        private String unit;
        private double degrees;
        private final transient String builtBy;

        Temperature() {
            this("C", 0, "no-argument constructor");
        }

        @Creator
        Temperature(String unit, double degrees) {
            this(unit, degrees, "creator");
        }

        private Temperature(String unit, double degrees, String builtBy) {
            this.unit = unit;
            this.degrees = degrees;
            this.builtBy = builtBy;
        }

        @Override
        public String toString() {
            return degrees + unit + " by " + builtBy;
        }
    }

    record Reading(String id, Temperature temperature) {
    }

    @Test
    void prefersTheCreatorConstructorOverTheNoArgumentConstructor() {
        Reading read = roundTrip(Reading.class, new Reading("r", new Temperature("F", 98.5)));

        assertEquals("98.5F by creator", read.temperature().toString());
    }

    /** Read through its only constructor, whose parameters come in another order than its fields. */
    static final class Product {
        private final String id;
        private final int stock;
        private final BigDecimal price;

        Product(BigDecimal price, String id, int stock) {
            this.id = id;
            this.stock = stock;
            this.price = price;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Product that && id.equals(that.id) && stock == that.stock
                    && price.equals(that.price);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, stock, price);
        }
    }

    @Test
    void readsAClassThroughItsOnlyConstructorMatchingParametersToFields() {
        Product product = new Product(new BigDecimal("2.50"), "p-1", 12);

        assertEquals(product, roundTrip(Product.class, product));
    }

    /** Base fields of a class read through its fields. */
    static class Party {
        private String displayName;

        String displayName() {
            return displayName;
        }
    }

    /** Read through its no-argument constructor, then its fields, superclass fields included. */
    static final class Settings extends Party {
        private String id;
        private int retries;
        private List<String> hosts;
        private Optional<String> proxy;

        @Override
        public boolean equals(Object other) {
            return other instanceof Settings that && Objects.equals(id, that.id) && retries == that.retries
                    && Objects.equals(hosts, that.hosts) && Objects.equals(proxy, that.proxy)
                    && Objects.equals(displayName(), that.displayName());
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, retries, hosts, proxy);
        }
    }

    @Test
    void readsAClassThroughItsFieldsSuperclassFieldsIncluded() {
        Settings settings = new Settings();
        settings.id = "s";
        settings.retries = 3;
        settings.hosts = List.of("a", "b");
        settings.proxy = Optional.of("p");
        ((Party) settings).displayName = "shown";

        Settings read = roundTrip(Settings.class, settings);

        assertEquals(settings, read);
        assertEquals("shown", read.displayName());
    }

    /** An id-less class read through its fields: the generated {@code _id} has no field to set. */
    static final class Event {
        private String what;
        private Instant at;

        @Override
        public boolean equals(Object other) {
            return other instanceof Event that && Objects.equals(what, that.what) && Objects.equals(at, that.at);
        }

        @Override
        public int hashCode() {
            return Objects.hash(what, at);
        }
    }

    @Test
    void readsAnIdLessClassThroughItsFields() {
        Event event = new Event();
        event.what = "created";
        event.at = Instant.ofEpochMilli(5);

        assertEquals(event, roundTrip(Event.class, event));
    }

    /** Its constructor takes one value for two fields, which are final: it can be written but not read. */
    static final class Halves {
        private final String id;
        private final String left;

        Halves(String both) {
            this.id = both;
            this.left = both;
        }

        @Override
        public String toString() {
            return id + left;
        }
    }

    @Test
    void aClassItCannotBuildIsRefusedWithTheReasonWhenRead() {
        EntityMapper<Halves> mapper = context.mapper(Halves.class);
        DocumentValue document = mapper.toDocument(new Halves("h"));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> mapper.fromDocument(document));

        assertEquals("", failure.path());
        assertEquals("a type data-bridge can build", failure.expected());
        assertTrue(failure.found().contains(Halves.class.getName() + " cannot be read")
                && failure.found().contains("@Creator"), failure.found());
    }

    /** Two factories marked as the creator: ambiguous. */
    static final class Ambiguous {
        private final String id;

        private Ambiguous(String id) {
            this.id = id;
        }

        @Creator
        static Ambiguous of(String id) {
            return new Ambiguous(id);
        }

        @Creator
        static Ambiguous parse(String id) {
            return new Ambiguous(id.strip());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    @Test
    void twoCreatorsAreRefusedWhenRead() {
        StoredDocumentException failure = refused(Ambiguous.class, document("_id", string("a")));

        assertTrue(failure.found().contains("it has 2 @Creator members; mark one"), failure.found());
    }

    record Currency(String id, String code) {
        Currency {
            if (code.length() != 3) {
                throw new IllegalArgumentException("not an ISO code: " + code);
            }
        }
    }

    record Priced(String id, Currency currency) {
    }

    @Test
    void aConstructorThatRefusesTheStoredValuesIsAStoredDocumentErrorWithThePath() {
        StoredDocumentException failure = refused(Priced.class, document("_id", string("p"), "currency",
                document("id", string("c"), "code", string("EURO"))));

        assertEquals("currency", failure.path());
        assertEquals("values " + Currency.class.getName() + " can be built from", failure.expected());
        assertTrue(failure.found().contains("not an ISO code: EURO"), failure.found());
    }

    record Exhausting(String id, String size) {
        Exhausting {
            if (size.equals("huge")) {
                throw new OutOfMemoryError("simulated");
            }
            assert !size.equals("odd") : "an odd size";
        }
    }

    @Test
    void aFailingJvmIsNotADocumentErrorButAnAssertionIs() {
        OutOfMemoryError fatal = assertThrows(OutOfMemoryError.class,
                () -> context.mapper(Exhausting.class).fromDocument(document("_id", string("e"), "size",
                        string("huge"))));
        assertEquals("simulated", fatal.getMessage());

        StoredDocumentException refusal = refused(Exhausting.class, document("_id", string("e"), "size",
                string("odd")));
        assertTrue(refusal.found().contains("an odd size"), refusal.found());
    }
}
