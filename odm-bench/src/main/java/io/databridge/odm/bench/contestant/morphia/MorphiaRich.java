package io.databridge.odm.bench.contestant.morphia;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** The "rich" document as a Morphia entity (field access, no discriminator). */
@Entity(value = "morphia_rich", useDiscriminator = false)
public final class MorphiaRich {

    @Id
    private ObjectId id;
    private String name;
    private MorphiaAddress address;
    private List<String> tags;
    private Map<String, Integer> counts;
    private Instant createdAt;
    private BigDecimal price;

    /** For Morphia's decoder. */
    MorphiaRich() {
        // filled by Morphia
    }

    /**
     * Creates an item.
     *
     * @param id the {@code _id}
     * @param name the name
     * @param address the nested address
     * @param tags the tags
     * @param counts the counters, in insertion order
     * @param createdAt the creation time
     * @param price the price
     */
    public MorphiaRich(ObjectId id, String name, MorphiaAddress address, List<String> tags,
            Map<String, Integer> counts, Instant createdAt, BigDecimal price) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.tags = tags;
        this.counts = counts;
        this.createdAt = createdAt;
        this.price = price;
    }

    /**
     * The identifier.
     *
     * @return the {@code _id}
     */
    public ObjectId id() {
        return id;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The nested address.
     *
     * @return the address
     */
    public MorphiaAddress address() {
        return address;
    }

    /**
     * The tags.
     *
     * @return the tags
     */
    public List<String> tags() {
        return tags;
    }

    /**
     * The counters.
     *
     * @return the counters, in insertion order
     */
    public Map<String, Integer> counts() {
        return counts;
    }

    /**
     * The creation time.
     *
     * @return the time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The price.
     *
     * @return the price
     */
    public BigDecimal price() {
        return price;
    }
}
