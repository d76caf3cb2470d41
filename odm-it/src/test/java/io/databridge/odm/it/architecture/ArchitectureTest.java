package io.databridge.odm.it.architecture;

import static io.databridge.odm.it.architecture.ArchitectureRules.MODULES;
import static io.databridge.odm.it.architecture.ArchitectureRules.PRODUCTION_ROOT;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.it.architecture.ArchitectureRules.Rule;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The architecture rules hold on the production modules, and the production import holds what the rules name, so
 * that no rule passes because a package name is mistyped or a module is missing from the classpath.
 */
class ArchitectureTest {

    /** The production classes of every module on the classpath; odm-it's own test classes are left out. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PRODUCTION_ROOT);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void the_rule_holds_on_the_production_modules(Rule rule) {
        rule.on(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void the_import_holds_every_production_module_and_no_other_package() {
        Set<String> modules = PRODUCTION.stream()
                .map(type -> ModuleLayout.moduleOf(PRODUCTION_ROOT, type.getPackageName()))
                .flatMap(Optional::stream)
                .filter(module -> !ArchitectureRules.EXEMPT.contains(module))
                .collect(toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(MODULES), modules,
                "the modules under " + PRODUCTION_ROOT + " are exactly the ones the rules name");
        assertTrue(PRODUCTION.stream().allMatch(type -> type.getPackageName().startsWith(PRODUCTION_ROOT + ".")),
                "every imported class lies in a module");
    }

    @Test
    void the_import_holds_no_test_class() {
        assertFalse(PRODUCTION.contain(ArchitectureTest.class), "odm-it's own test classes are not production");
        assertFalse(PRODUCTION.stream()
                        .flatMap(type -> type.getSource().stream())
                        .anyMatch(source -> source.getUri().toString().contains("/test-classes/")),
                "no module's test classes are imported");
    }

    @Test
    void every_module_but_the_api_has_internal_packages_for_the_internals_rule_to_guard() {
        Set<String> withInternals = PRODUCTION.stream()
                .map(JavaClass::getPackageName)
                .filter(packageName -> ModuleLayout.isInternal(PRODUCTION_ROOT, packageName))
                .map(packageName -> ModuleLayout.moduleOf(PRODUCTION_ROOT, packageName).orElseThrow())
                .collect(toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(Set.of("mapping", "codec", "driver")), withInternals);
    }

    @Test
    void the_value_type_the_value_rule_names_is_imported_with_its_implementations() {
        assertTrue(PRODUCTION.contain(ExtractedValue.class));
        assertTrue(PRODUCTION.get(ExtractedValue.class).getAllSubclasses().size() >= 10,
                "the sealed ExtractedValue has its implementations in the import");
    }
}
