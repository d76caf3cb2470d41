package io.databridge.odm.bench.contestant;

import io.databridge.odm.bench.contestant.databridge.DataBridgeContestant;
import io.databridge.odm.bench.contestant.driver.DriverDocumentContestant;
import io.databridge.odm.bench.contestant.driver.FloorRawBsonContestant;
import io.databridge.odm.bench.contestant.driver.HandCodecContestant;
import io.databridge.odm.bench.contestant.morphia.MorphiaContestant;
import io.databridge.odm.bench.contestant.pojo.PojoCodecContestant;
import io.databridge.odm.bench.contestant.spring.SpringTemplateContestant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contestants the benchmark knows, by name, in report order. Immutable and thread-safe; each
 * {@link #create} returns a new, not yet set up contestant.
 */
public final class ContestantRegistry {

    /** The name under which data-bridge itself runs. */
    public static final String DATA_BRIDGE = "data-bridge";

    private final Map<String, Supplier<Contestant>> factories;

    private ContestantRegistry(Map<String, Supplier<Contestant>> factories) {
        this.factories = factories;
    }

    /**
     * The standard line-up: the floor, the plain-driver options, Morphia, Spring and, once registered in
     * {@link #dataBridge()}, data-bridge.
     *
     * @return the registry
     */
    public static ContestantRegistry standard() {
        var factories = new LinkedHashMap<String, Supplier<Contestant>>();
        factories.put(FloorRawBsonContestant.NAME, FloorRawBsonContestant::new);
        factories.put(HandCodecContestant.NAME, HandCodecContestant::new);
        factories.put(DriverDocumentContestant.NAME, DriverDocumentContestant::new);
        factories.put(PojoCodecContestant.NAME, PojoCodecContestant::new);
        factories.put(MorphiaContestant.NAME, MorphiaContestant::new);
        factories.put(SpringTemplateContestant.NAME, SpringTemplateContestant::new);
        dataBridge().ifPresent(factory -> factories.put(DATA_BRIDGE, factory));
        return new ContestantRegistry(Collections.unmodifiableMap(factories));
    }

    /** data-bridge itself, registered as {@value #DATA_BRIDGE}. */
    private static Optional<Supplier<Contestant>> dataBridge() {
        return Optional.of(DataBridgeContestant::new);
    }

    /**
     * The known names, in report order.
     *
     * @return the names
     */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /**
     * Creates a contestant.
     *
     * @param name a registered name
     * @return a new contestant, not yet set up
     * @throws IllegalArgumentException naming the known contestants if {@code name} is not registered
     */
    public Contestant create(String name) {
        Supplier<Contestant> factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown contestant '" + name + "', known: " + String.join(", ", names()));
        }
        return factory.get();
    }
}
