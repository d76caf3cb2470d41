package io.databridge.odm.it.architecture;

import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.API_IS_PURE;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.INTERNALS_STAY_INSIDE;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.MAPPING_IS_PURE;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.MODULE_DIRECTIONS;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.NO_BSON_IN_PUBLIC_SIGNATURES;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.NO_MODULE_CYCLES;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.NO_PACKAGE_CYCLES;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.ONLY_CODEC_AND_DRIVER_USE_BSON;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.ONLY_DRIVER_USES_MONGODB;
import static io.databridge.odm.it.architecture.ArchitectureRules.Rule.VALUES_ARE_CLOSED;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.databridge.archfixtures.api.LeakyPort;
import io.databridge.archfixtures.api.Port;
import io.databridge.archfixtures.api.PortUsingBsonPrivately;
import io.databridge.archfixtures.api.PortWithALogger;
import io.databridge.archfixtures.api.value.BytesValue;
import io.databridge.archfixtures.api.value.ExtractedValue;
import io.databridge.archfixtures.api.value.MutableValue;
import io.databridge.archfixtures.api.value.NullValue;
import io.databridge.archfixtures.api.value.TextValue;
import io.databridge.archfixtures.codec.Encoder;
import io.databridge.archfixtures.codec.EncoderCallingBackIntoTheDriver;
import io.databridge.archfixtures.codec.EncoderThatMaps;
import io.databridge.archfixtures.codec.EncoderThatTalksToTheServer;
import io.databridge.archfixtures.driver.Store;
import io.databridge.archfixtures.driver.StoreUsingMappingInternals;
import io.databridge.archfixtures.driver.internal.Pipeline;
import io.databridge.archfixtures.extension.BsonInAnExtension;
import io.databridge.archfixtures.mapping.LeakyMapper;
import io.databridge.archfixtures.mapping.Mapper;
import io.databridge.archfixtures.mapping.MapperWithALogger;
import io.databridge.archfixtures.mapping.internal.BsonPeek;
import io.databridge.archfixtures.mapping.internal.Reflector;
import io.databridge.archfixtures.mapping.plan.Plan;
import io.databridge.archfixtures.mapping.step.Step;
import io.databridge.odm.it.architecture.ArchitectureRules.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One import of the fixture tree: the well-formed classes plus the defect classes of one case, and the rules that
 * import must break. Most defects break exactly one rule; where a defect cannot help breaking several (a BSON type
 * in an api signature is also a use of BSON in the api), all of them are listed, and every other rule must stay
 * quiet.
 */
enum FixtureCase {
    /** The well-formed classes alone: every rule holds. */
    WELL_FORMED(EnumSet.noneOf(Rule.class)),
    /** A codec class uses the mapping. */
    CODEC_USES_THE_MAPPING(EnumSet.of(MODULE_DIRECTIONS), EncoderThatMaps.class),
    /** An api class uses a logging library. */
    API_USES_A_LOGGING_LIBRARY(EnumSet.of(API_IS_PURE), PortWithALogger.class),
    /** A mapping class uses a logging library. */
    MAPPING_USES_A_LOGGING_LIBRARY(EnumSet.of(MAPPING_IS_PURE), MapperWithALogger.class),
    /** A codec class holds a {@code MongoClient}. */
    CODEC_USES_THE_DRIVER(EnumSet.of(ONLY_DRIVER_USES_MONGODB), EncoderThatTalksToTheServer.class),
    /** A module the rules do not name uses BSON. */
    ANOTHER_MODULE_USES_BSON(EnumSet.of(ONLY_CODEC_AND_DRIVER_USE_BSON), BsonInAnExtension.class),
    /** An api interface names BSON and driver types in every signature position. */
    API_SIGNATURES_LEAK_BSON_AND_DRIVER_TYPES(
            EnumSet.of(NO_BSON_IN_PUBLIC_SIGNATURES, API_IS_PURE, ONLY_CODEC_AND_DRIVER_USE_BSON,
                    ONLY_DRIVER_USES_MONGODB),
            LeakyPort.class),
    /** A public mapping class returns a BSON document. */
    MAPPING_SIGNATURE_LEAKS_BSON(
            EnumSet.of(NO_BSON_IN_PUBLIC_SIGNATURES, MAPPING_IS_PURE, ONLY_CODEC_AND_DRIVER_USE_BSON),
            LeakyMapper.class),
    /** An api class uses BSON in a private method only: the signature rule must stay quiet. */
    API_USES_BSON_PRIVATELY(EnumSet.of(API_IS_PURE, ONLY_CODEC_AND_DRIVER_USE_BSON), PortUsingBsonPrivately.class),
    /** A mapping-internal class names BSON in a public signature: the signature rule must stay quiet. */
    MAPPING_INTERNALS_USE_BSON(EnumSet.of(MAPPING_IS_PURE, ONLY_CODEC_AND_DRIVER_USE_BSON), BsonPeek.class),
    /** A driver class uses the mapping's internals. */
    DRIVER_USES_MAPPING_INTERNALS(EnumSet.of(INTERNALS_STAY_INSIDE), StoreUsingMappingInternals.class),
    /** A codec class uses the driver adapter, which uses the codec. */
    CODEC_CALLS_BACK_INTO_THE_DRIVER(
            EnumSet.of(NO_MODULE_CYCLES, MODULE_DIRECTIONS), EncoderCallingBackIntoTheDriver.class),
    /** Two mapping packages use each other. */
    MAPPING_PACKAGES_FORM_A_CYCLE(EnumSet.of(NO_PACKAGE_CYCLES), Plan.class, Step.class),
    /** A value type is a mutable, non-final class. */
    VALUE_IS_A_MUTABLE_CLASS(EnumSet.of(VALUES_ARE_CLOSED), MutableValue.class);

    /** The root of the fixture tree; no production rule imports it. */
    static final String ROOT = "io.databridge.archfixtures";

    private final Set<Rule> broken;
    private final List<Class<?>> defects;

    FixtureCase(Set<Rule> broken, Class<?>... defects) {
        this.broken = Set.copyOf(broken);
        this.defects = List.of(defects);
    }

    /** The rules this case must break; every other rule must hold on it. */
    Set<Rule> broken() {
        return broken;
    }

    /** Whether this case must break the rule. */
    boolean breaks(Rule rule) {
        return broken.contains(rule);
    }

    /** The fully qualified names of the defect classes, one of which every reported violation must name. */
    List<String> defectNames() {
        return defects.stream().map(Class::getName).toList();
    }

    /** Imports the well-formed classes and this case's defects, and nothing else. */
    JavaClasses importClasses() {
        List<Class<?>> classes = new ArrayList<>(wellFormed());
        classes.addAll(defects);
        return new ClassFileImporter().importClasses(classes);
    }

    /** The well-formed architecture: every module populated, internals used inside their own module. */
    static List<Class<?>> wellFormed() {
        return List.of(
                Port.class, ExtractedValue.class, TextValue.class, NullValue.class, BytesValue.class,
                Mapper.class, Reflector.class,
                Encoder.class,
                Store.class, Pipeline.class);
    }
}
