package io.databridge.odm.bench.contestant.pojo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/**
 * The JavaBean form of the "rich" document. {@code createdAt} and {@code price} go through the driver's
 * {@code Instant} and {@code BigDecimal} codecs (BSON date and decimal128).
 */
public final class PojoRich {

    private ObjectId id;
    private String name;
    private PojoAddress address;
    private List<String> tags;
    private Map<String, Integer> counts;
    private Instant createdAt;
    private BigDecimal price;

    /** Creates an empty bean, as the PojoCodec does when decoding. */
    public PojoRich() {
        // all properties unset
    }

    /** @return the {@code _id} */
    public ObjectId getId() {
        return id;
    }

    /** @param id the {@code _id} */
    public void setId(ObjectId id) {
        this.id = id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the nested address */
    public PojoAddress getAddress() {
        return address;
    }

    /** @param address the nested address */
    public void setAddress(PojoAddress address) {
        this.address = address;
    }

    /** @return the tags */
    public List<String> getTags() {
        return tags;
    }

    /** @param tags the tags */
    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    /** @return the counters, in insertion order */
    public Map<String, Integer> getCounts() {
        return counts;
    }

    /** @param counts the counters, in insertion order */
    public void setCounts(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** @return the creation time */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt the creation time */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return the price */
    public BigDecimal getPrice() {
        return price;
    }

    /** @param price the price */
    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
