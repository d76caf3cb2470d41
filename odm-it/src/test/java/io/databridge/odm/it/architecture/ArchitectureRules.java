package io.databridge.odm.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The lines DESIGN.md draws between the modules, as ArchUnit rules.
 *
 * <p>Every rule takes the root package it is evaluated under: {@value #PRODUCTION_ROOT} for the production classes,
 * or the root of a fixture tree whose sub-packages {@code api}, {@code mapping}, {@code codec} and {@code driver}
 * mimic the modules, so that the very rule that guards production is shown to fail on a class built to break it.
 * The packages {@code <root>.it} and {@code <root>.bench} (odm-it, odm-bench) depend on everything, nothing depends
 * on them, and no rule applies to them.
 *
 * <p>No rule may pass because it found nothing to check: each refuses an empty set of classes, the layered rule
 * refuses an empty layer, and {@code ArchitectureTest} checks that the production import holds every module.
 */
public final class ArchitectureRules {

    /** The root package of the production modules. */
    public static final String PRODUCTION_ROOT = "io.databridge.odm";

    private static final String API = "api";
    private static final String MAPPING = "mapping";
    private static final String CODEC = "codec";
    private static final String DRIVER = "driver";

    /** The production modules, each a sub-package of the root: odm-api, odm-mapping, odm-codec, odm-driver-adapter. */
    public static final List<String> MODULES = List.of(API, MAPPING, CODEC, DRIVER);

    /** The sub-packages of the root that no rule applies to: odm-it and odm-bench. */
    public static final List<String> EXEMPT = List.of("it", "bench");

    private static final String MONGODB_DRIVER = "com.mongodb..";
    private static final String BSON = "org.bson..";

    private ArchitectureRules() {}

    /**
     * Rule 1: mapping and codec use only the api, the driver adapter uses api, mapping and codec, the api uses none
     * of them. Maven forbids cycles between modules but lets code use any transitive dependency; this checks the use.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule modules_depend_only_in_the_allowed_directions(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer(API).definedBy(module(root, API))
                .layer(MAPPING).definedBy(module(root, MAPPING))
                .layer(CODEC).definedBy(module(root, CODEC))
                .layer(DRIVER).definedBy(module(root, DRIVER))
                .whereLayer(API).mayNotAccessAnyLayer()
                .whereLayer(MAPPING).mayOnlyAccessLayers(API)
                .whereLayer(CODEC).mayOnlyAccessLayers(API)
                .whereLayer(DRIVER).mayOnlyAccessLayers(API, MAPPING, CODEC)
                .because("the core (api, mapping) and the codec must stay usable and testable without the adapter,"
                        + " and the adapter is the only composition root")
                .allowEmptyShould(false);
    }

    /**
     * Rule 2, for the api: the api depends on the JDK, vavr, jspecify and itself, nothing else. A whitelist, so a
     * library that is new to the project cannot slip in unnoticed.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule api_depends_only_on_the_jdk_vavr_and_jspecify(String root) {
        return classes().that().resideInAPackage(module(root, API))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", "org.jspecify..", module(root, API))
                .because("user code compiles against the api, so every library it names becomes the user's too")
                .allowEmptyShould(false);
    }

    /**
     * Rule 2, for the mapping: the mapping depends on the JDK, vavr, jspecify, the api and itself, nothing else.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule mapping_depends_only_on_the_jdk_vavr_jspecify_and_the_api(String root) {
        return classes().that().resideInAPackage(module(root, MAPPING))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", "org.jspecify..", module(root, API), module(root, MAPPING))
                .because("the mapping is the pure core: entity to value tree and back, testable with the JDK alone")
                .allowEmptyShould(false);
    }

    /**
     * Rule 3, for the driver: only the driver adapter uses {@code com.mongodb}. Driver types and exceptions are
     * translated at the edge, so a change of driver version touches one module.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule only_the_driver_adapter_depends_on_the_mongodb_driver(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(modulesAndExempt(root, DRIVER))
                .should().dependOnClassesThat().resideInAPackage(MONGODB_DRIVER)
                .because("the driver is an adapter detail: nothing from it may cross a port")
                .allowEmptyShould(false);
    }

    /**
     * Rule 3, for BSON: only the codec and the driver adapter use {@code org.bson}. Stated for every package under
     * the root, so a module added later is covered without editing the rule.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule only_the_codec_and_the_driver_adapter_depend_on_bson(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(modulesAndExempt(root, CODEC, DRIVER))
                .should().dependOnClassesThat().resideInAPackage(BSON)
                .because("the value tree is the only representation the core knows; BSON is the codec's business")
                .allowEmptyShould(false);
    }

    /**
     * Rule 4: no BSON or driver type appears in a public or protected signature (superclass, interfaces, type
     * parameters, field, parameter, return and thrown types, type arguments included) of a public class in the api
     * or in a non-internal package of the mapping. vavr types may appear: errors are values (DESIGN.md).
     * Rules 2 and 3 already forbid any use there; this one names the leak as a leak, and keeps holding should a
     * later decision relax the whitelist.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule public_signatures_of_api_and_mapping_name_no_bson_or_driver_type(String root) {
        return classes().that().resideInAnyPackage(module(root, API), module(root, MAPPING))
                .and().resideOutsideOfPackage(root + "..internal..")
                .and().arePublic()
                .should(PublicSignatures.mentionNoTypeFrom(BSON, MONGODB_DRIVER))
                .because("a type in a public signature becomes part of the contract every user compiles against")
                .allowEmptyShould(false);
    }

    /**
     * Rule 5: a package named {@code internal} (at any depth below a module) is used only by its own module. Use
     * inside the module is the point of it: {@code driver.MongoOdm} wires {@code driver.internal}.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule internal_packages_are_used_only_inside_their_own_module(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(modulesAndExempt(root))
                .should(ModuleLayout.notDependOnInternalsOfOtherModules(root))
                .because("internal packages may change in any release; only their own module may rely on them")
                .allowEmptyShould(false);
    }

    /**
     * Rule 6, between modules: the module graph is acyclic. Rule 1 implies it; this says why a back edge is wrong.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule modules_are_free_of_cycles(String root) {
        return slices().assignedFrom(ModuleLayout.modulesUnder(root))
                .should().beFreeOfCycles()
                .because("a cycle between modules makes them one module that has to be built, tested and released"
                        + " together")
                .allowEmptyShould(false);
    }

    /**
     * Rule 6, inside each module: the packages of one module form an acyclic graph (a package and its sub-packages
     * are distinct nodes). Dependencies that cross modules are left to the rules above.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule packages_inside_each_module_are_free_of_cycles(String root) {
        List<ArchRule> perModule = MODULES.stream()
                .map(module -> slices().assignedFrom(ModuleLayout.packagesInside(root, module))
                        .should().beFreeOfCycles()
                        .allowEmptyShould(false))
                .toList();
        return CompositeArchRule.of(perModule)
                .as("packages inside each module should be free of cycles")
                .because("a package cycle means neither package can be understood, tested or moved without the"
                        + " other; layered packages can be read bottom-up")
                .allowEmptyShould(false);
    }

    /**
     * Rule 7: every implementation of {@code <root>.api.value.ExtractedValue} is a record, an enum or a final class.
     * The interface is sealed in production, but a permitted subclass may still be declared {@code non-sealed}.
     *
     * @param root the root package the modules are sub-packages of
     * @return the rule
     */
    public static ArchRule extracted_values_are_records_enums_or_final_classes(String root) {
        return classes().that().implement(root + ".api.value.ExtractedValue")
                .should().beRecords()
                .orShould().beEnums()
                .orShould().haveModifier(JavaModifier.FINAL)
                .because("value trees are snapshots shared across encoding threads: closed and immutable,"
                        + " compared by value, never subclassed")
                .allowEmptyShould(false);
    }

    /** Every rule above, by name, so that one test can run each of them on one import. */
    public enum Rule {
        /** {@link #modules_depend_only_in_the_allowed_directions(String)}. */
        MODULE_DIRECTIONS(ArchitectureRules::modules_depend_only_in_the_allowed_directions),
        /** {@link #api_depends_only_on_the_jdk_vavr_and_jspecify(String)}. */
        API_IS_PURE(ArchitectureRules::api_depends_only_on_the_jdk_vavr_and_jspecify),
        /** {@link #mapping_depends_only_on_the_jdk_vavr_jspecify_and_the_api(String)}. */
        MAPPING_IS_PURE(ArchitectureRules::mapping_depends_only_on_the_jdk_vavr_jspecify_and_the_api),
        /** {@link #only_the_driver_adapter_depends_on_the_mongodb_driver(String)}. */
        ONLY_DRIVER_USES_MONGODB(ArchitectureRules::only_the_driver_adapter_depends_on_the_mongodb_driver),
        /** {@link #only_the_codec_and_the_driver_adapter_depend_on_bson(String)}. */
        ONLY_CODEC_AND_DRIVER_USE_BSON(ArchitectureRules::only_the_codec_and_the_driver_adapter_depend_on_bson),
        /** {@link #public_signatures_of_api_and_mapping_name_no_bson_or_driver_type(String)}. */
        NO_BSON_IN_PUBLIC_SIGNATURES(ArchitectureRules::public_signatures_of_api_and_mapping_name_no_bson_or_driver_type),
        /** {@link #internal_packages_are_used_only_inside_their_own_module(String)}. */
        INTERNALS_STAY_INSIDE(ArchitectureRules::internal_packages_are_used_only_inside_their_own_module),
        /** {@link #modules_are_free_of_cycles(String)}. */
        NO_MODULE_CYCLES(ArchitectureRules::modules_are_free_of_cycles),
        /** {@link #packages_inside_each_module_are_free_of_cycles(String)}. */
        NO_PACKAGE_CYCLES(ArchitectureRules::packages_inside_each_module_are_free_of_cycles),
        /** {@link #extracted_values_are_records_enums_or_final_classes(String)}. */
        VALUES_ARE_CLOSED(ArchitectureRules::extracted_values_are_records_enums_or_final_classes);

        private final Function<String, ArchRule> factory;

        Rule(Function<String, ArchRule> factory) {
            this.factory = factory;
        }

        /**
         * The rule for the modules under a root package.
         *
         * @param root the root package the modules are sub-packages of
         * @return a new rule
         */
        public ArchRule on(String root) {
            return factory.apply(root);
        }
    }

    private static String module(String root, String module) {
        return root + "." + module + "..";
    }

    /** The package identifiers of the given modules and of the exempt ones. */
    private static String[] modulesAndExempt(String root, String... modules) {
        return Stream.concat(Stream.of(modules), EXEMPT.stream())
                .map(module -> module(root, module))
                .toArray(String[]::new);
    }
}
