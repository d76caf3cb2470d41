package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A type that cannot be mapped is refused when its model is built, with every problem listed at once. */
class MappingProblemsTest {

    private final MappingContext context = MappingContext.create(MappingConfiguration.builder().build());

    private List<MappingProblem> problems(Class<?> type) {
        MappingException failure = assertThrows(MappingException.class, () -> context.mapper(type));
        assertSame(type, failure.type());
        return failure.problems();
    }

    private static List<String> paths(List<MappingProblem> problems) {
        return problems.stream().map(MappingProblem::path).toList();
    }

    record Address(String city, Thread resident) {
    }

    @SuppressWarnings("rawtypes")
    record Everything(String id, Thread thread, Object anything, Map<Integer, String> byNumber, List raw,
            Optional<Runnable> task, List<Address> addresses, int[] numbers, @FieldName("") String empty,
            @FieldName("a.b") String dotted, @FieldName("$set") String operator, @FieldName("_id") String fakeId,
            @FieldName("x") String first, @FieldName("x") String second) {
    }

    @Test
    void reportsEveryProblemOfATypeAndOfTheTypesItEmbeds() {
        List<MappingProblem> problems = problems(Everything.class);

        assertEquals(List.of("thread", "anything", "byNumber", "raw", "task", "addresses[].resident", "numbers",
                "empty", "dotted", "operator", "fakeId"), paths(problems));
        problems.forEach(problem -> assertSame(Everything.class, problem.type()));
        assertEquals("java.lang.Thread", problems.get(0).found());
        assertTrue(problems.get(2).expected().contains("String keys"));
        assertTrue(problems.get(3).expected().contains("parameterized"));
    }

    @Test
    void reportsDuplicateStoredNamesOnceTheOtherProblemsAreFixed() {
        record Twice(String id, @FieldName("x") String first, @FieldName("x") String second) {
        }

        List<MappingProblem> problems = problems(Twice.class);

        assertEquals(List.of("second"), paths(problems));
        assertTrue(problems.get(0).found().contains("already used"));
    }

    record TwoIds(@Id String one, @Id String two) {
    }

    @Test
    void refusesTwoIds() {
        assertEquals(List.of("two"), paths(problems(TwoIds.class)));
    }

    record RenamedId(@FieldName("key") String id) {
    }

    @Test
    void refusesARenamedId() {
        assertTrue(problems(RenamedId.class).get(0).expected().contains("always stored as _id"));
    }

    record ListId(List<String> id) {
    }

    @Test
    void refusesAnArrayId() {
        assertTrue(problems(ListId.class).get(0).expected().contains("not an array"));
    }

    record Generic<T>(String id, T value) {
    }

    @Test
    void refusesAnUnresolvedTypeVariable() {
        assertEquals(List.of("value"), paths(problems(Generic.class)));
    }

    interface Shape {
    }

    record Drawing(String id, Shape shape) {
    }

    @Test
    void refusesInterfacesUntilPolymorphismIsDeclared() {
        assertEquals(List.of("shape"), paths(problems(Drawing.class)));
    }

    @Test
    void refusesScalarsAndJdkTypesAsEntities() {
        assertEquals(List.of(""), paths(problems(String.class)));
        assertEquals(List.of(""), paths(problems(Thread.class)));
    }

    record SelfContained(Wrapper value) {
    }

    record Wrapper(Wrapper inner) {
    }

    @Test
    void refusesAValueObjectThatContainsItself() {
        assertTrue(problems(SelfContained.class).get(0).expected().contains("does not contain itself"));
    }

    @Test
    void keepsFailingTheSameWayForABadType() {
        List<MappingProblem> first = problems(TwoIds.class);
        assertEquals(first, problems(TwoIds.class));
    }
}
