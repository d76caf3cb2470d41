package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.bench.contestant.databridge.DbAddress;
import io.databridge.odm.bench.contestant.databridge.DbRich;
import io.databridge.odm.bench.contestant.databridge.DbUser;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.codec.BsonObjectIds;
import io.databridge.odm.mapping.MappingContext;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.types.ObjectId;

/** The entities and the mapping context the JMH benchmarks share, built as the composition root builds them. */
final class BenchEntities {

    private BenchEntities() {
    }

    static MappingContext context() {
        return MappingContext.create(MappingConfiguration.builder().converter(BsonObjectIds.converter())
                .objectIdGenerator(BsonObjectIds.generator()).build());
    }

    static List<DbUser> users(List<User> users) {
        return users.stream().map(u -> new DbUser(u.id(), u.name(), u.email(), u.age(), u.city(), u.score(),
                u.active())).toList();
    }

    static List<DbRich> rich(List<Rich> items) {
        return items.stream().map(r -> new DbRich(r.id(), r.name(), new DbAddress(r.address().street(),
                r.address().city(), r.address().zip()), r.tags(), r.counts(), r.createdAt(), r.price())).toList();
    }

    /**
     * The stored form of generated benchmark documents, as data-bridge writes them.
     *
     * @param context the mapping context
     * @param document {@code "user"} or {@code "rich"}
     * @param count how many
     * @return the value trees, in generation order
     */
    static List<DocumentValue> storedDocuments(MappingContext context, String document, int count) {
        DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        return document.equals("user")
                ? context.mapper(DbUser.class).toDocuments(users(data.users(count)))
                : context.mapper(DbRich.class).toDocuments(rich(data.rich(count)));
    }

    /**
     * The entity class of a benchmark document.
     *
     * @param document {@code "user"} or {@code "rich"}
     * @return its data-bridge entity type
     */
    static Class<?> entityType(String document) {
        return document.equals("user") ? DbUser.class : DbRich.class;
    }

    /**
     * Runs the generic path over other types first, so its call sites are megamorphic as in an application with
     * several entity types (the hand codecs' call sites stay monomorphic, as they would be).
     */
    static void polluteProfiles(MappingContext context) {
        record Line(String sku, int quantity, BigDecimal price, Optional<String> note) {
        }
        record Order(ObjectId id, UUID customer, List<Line> lines, Map<String, Long> flags, Instant at,
                boolean paid, double total) {
        }
        record Note(ObjectId id, String text, long version, List<Integer> refs) {
        }
        var order = new Order(new ObjectId(), UUID.randomUUID(), List.of(new Line("s", 2, BigDecimal.TEN,
                Optional.of("n"))), Map.of("a", 1L), Instant.ofEpochMilli(1), true, 3.5);
        var note = new Note(new ObjectId(), "t", 7L, List.of(1, 2));
        var encoder = new io.databridge.odm.codec.DocumentEncoder();
        for (int i = 0; i < 20_000; i++) {
            encoder.encode(context.mapper(Order.class).toDocument(order));
            encoder.encode(context.mapper(Note.class).toDocument(note));
        }
    }
}
