package io.databridge.odm.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private final DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);

    @Test
    void mixedBulkUsesThreeNDistinctUsersAndDeletesTheSecondHalfOfTheExistingOnes() {
        var scenario = MixedBulkScenario.generate(data, 100);
        List<User> users = data.users(300);

        assertEquals(100, scenario.n());
        assertEquals(users.subList(0, 200), scenario.existing());
        assertEquals(users.subList(200, 300), scenario.inserts());
        assertEquals(users.subList(100, 200).stream().map(User::id).toList(), scenario.deletes());
        for (int i = 0; i < 100; i++) {
            User existing = users.get(i);
            assertEquals(existing.withScore(existing.score() + 1), scenario.replacements().get(i));
        }
        assertEquals(300, new HashSet<>(Stream.concat(scenario.existing().stream(), scenario.inserts().stream())
                .map(User::id).toList()).size());
    }

    @Test
    void saveAllChangesTheFirstHalfAndAddsTheRest() {
        var scenario = SaveAllScenario.generate(data, 101);
        List<User> users = data.users(101);

        assertEquals(101, scenario.n());
        assertEquals(users.subList(0, 50), scenario.existing());
        assertEquals(users.subList(50, 101), scenario.fresh());
        assertEquals(users.get(7).score() + 1, scenario.changed().get(7).score());
        assertEquals(users.get(7).withScore(0), scenario.changed().get(7).withScore(0));
    }

    @Test
    void refusesListsThatDoNotFitTogether() {
        List<User> users = data.users(4);
        assertThrows(IllegalArgumentException.class,
                () -> new MixedBulkScenario(users.subList(0, 2), users.subList(2, 3), users.subList(1, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new MixedBulkScenario(users.subList(0, 3), users.subList(3, 4), users.subList(0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SaveAllScenario(users.subList(0, 2), users.subList(1, 3), List.of()));
        assertThrows(IllegalArgumentException.class, () -> MixedBulkScenario.generate(data, 0));
        assertThrows(IllegalArgumentException.class, () -> SaveAllScenario.generate(data, 1));
    }

    @Test
    void idsOfTheGeneratorStayUnique() {
        List<ObjectId> ids = MixedBulkScenario.generate(data, 10).deletes();
        assertEquals(10, new HashSet<>(ids).size());
    }
}
