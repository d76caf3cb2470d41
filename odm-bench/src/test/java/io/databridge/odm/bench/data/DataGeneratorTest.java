package io.databridge.odm.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class DataGeneratorTest {

    private final DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);

    @Test
    void isDeterministicAndPrefixStable() {
        assertEquals(data.users(50), new DataGenerator(DataGenerator.DEFAULT_SEED).users(50));
        assertEquals(data.users(10), data.users(100).subList(0, 10));
        assertEquals(data.rich(10), data.rich(100).subList(0, 10));
    }

    @Test
    void givesBothKindsTheSameUniqueIds() {
        List<ObjectId> userIds = data.users(1_000).stream().map(User::id).toList();
        assertEquals(userIds, data.rich(1_000).stream().map(Rich::id).toList());
        assertEquals(1_000, new HashSet<>(userIds).size());
    }

    @Test
    void dependsOnTheSeed() {
        assertNotEquals(data.users(5), new DataGenerator(1).users(5));
    }

    @Test
    void richRecordsHaveTheDocumentedShape() {
        Rich rich = data.rich(1).getFirst();
        assertEquals(3, rich.tags().size());
        assertEquals(List.of("views", "likes", "shares"), List.copyOf(rich.counts().keySet()));
        assertEquals(0, rich.createdAt().getNano() % 1_000_000);
        assertEquals(2, rich.price().scale());
    }
}
