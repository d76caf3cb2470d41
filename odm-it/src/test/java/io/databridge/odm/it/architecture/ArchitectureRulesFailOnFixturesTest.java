package io.databridge.odm.it.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.databridge.archfixtures.api.LeakyPort;
import io.databridge.odm.it.architecture.ArchitectureRules.Rule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fails on the fixture built to break it, for the right reason (every reported violation names one of the
 * fixture's defect classes), and every other rule stays quiet on that fixture, so a rule that reports everything
 * or nothing cannot pass.
 */
class ArchitectureRulesFailOnFixturesTest {

    private static final Map<FixtureCase, JavaClasses> IMPORTS = new EnumMap<>(FixtureCase.class);

    static Stream<Arguments> brokenRules() {
        return pairs(FixtureCase::breaks);
    }

    static Stream<Arguments> keptRules() {
        return pairs((fixture, rule) -> !fixture.breaks(rule));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("brokenRules")
    void the_rule_reports_the_fixture_built_to_break_it(FixtureCase fixture, Rule rule) {
        EvaluationResult result = evaluate(rule, fixture);
        List<String> details = result.getFailureReport().getDetails();

        assertTrue(result.hasViolation(), () -> rule + " reports nothing on " + fixture);
        assertFalse(details.isEmpty(), () -> rule + " has a violation but no detail on " + fixture);
        assertAll(details.stream().map(detail -> () -> assertTrue(
                fixture.defectNames().stream().anyMatch(detail::contains),
                () -> "a violation that names none of " + fixture.defectNames() + ": " + detail)));
    }

    @ParameterizedTest(name = "{0} keeps {1}")
    @MethodSource("keptRules")
    void the_rule_stays_quiet_on_a_fixture_not_built_to_break_it(FixtureCase fixture, Rule rule) {
        EvaluationResult result = evaluate(rule, fixture);

        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    @Test
    void every_rule_has_a_fixture_that_breaks_it() {
        Set<Rule> broken = EnumSet.noneOf(Rule.class);
        Arrays.stream(FixtureCase.values()).map(FixtureCase::broken).forEach(broken::addAll);

        assertEquals(EnumSet.allOf(Rule.class), broken);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void the_rule_fails_rather_than_pass_on_nothing_when_its_root_is_mistyped(Rule rule) {
        JavaClasses wellFormed = IMPORTS.computeIfAbsent(FixtureCase.WELL_FORMED, FixtureCase::importClasses);
        ArchRule mistyped = rule.on(FixtureCase.ROOT + "s");

        // ArchUnit refuses an empty should by throwing from evaluate(); the layered rule reports empty layers.
        boolean refused;
        try {
            refused = mistyped.evaluate(wellFormed).hasViolation();
        } catch (AssertionError emptyShould) {
            refused = String.valueOf(emptyShould.getMessage()).contains("failed to check any classes");
        }

        assertTrue(refused, rule + " passes on a root that holds no class");
    }

    @Test
    void the_signature_rule_reports_every_position_a_type_can_leak_through() {
        List<String> details = evaluate(Rule.NO_BSON_IN_PUBLIC_SIGNATURES,
                FixtureCase.API_SIGNATURES_LEAK_BSON_AND_DRIVER_TYPES).getFailureReport().getDetails();
        String port = LeakyPort.class.getName();

        assertAll(Stream.of(
                        "Class <" + port + "> names org.bson.conversions.Bson in its interfaces",
                        "Field <" + port + ".NOTHING> names org.bson.BsonNull in its type",
                        "Method <" + port + ".find(java.lang.String)> names org.bson.Document in its return type",
                        "Method <" + port + ".save(org.bson.BsonDocument)> names org.bson.BsonDocument in its"
                                + " parameter types",
                        "Method <" + port + ".values()> names org.bson.BsonValue in its return type",
                        "Method <" + port + ".first(java.lang.Class)> names org.bson.BsonValue in its type"
                                + " parameters",
                        "Method <" + port + ".delete(java.lang.String)> names com.mongodb.MongoException in its"
                                + " throws clause")
                .map(expected -> () -> assertTrue(details.stream().anyMatch(detail -> detail.startsWith(expected)),
                        () -> "no violation starts with \"" + expected + "\" in " + details)));
    }

    private static EvaluationResult evaluate(Rule rule, FixtureCase fixture) {
        JavaClasses classes = IMPORTS.computeIfAbsent(fixture, FixtureCase::importClasses);
        return rule.on(FixtureCase.ROOT).evaluate(classes);
    }

    private static Stream<Arguments> pairs(BiPredicate<FixtureCase, Rule> included) {
        return Arrays.stream(FixtureCase.values())
                .flatMap(fixture -> Arrays.stream(Rule.values())
                        .filter(rule -> included.test(fixture, rule))
                        .map(rule -> Arguments.of(fixture, rule)));
    }
}
