package io.databridge.odm.bench.contestant.morphia;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Version;
import org.bson.types.ObjectId;

/**
 * The versioned "user" document as a Morphia entity (field access, no discriminator): a {@code @Version Long},
 * {@code null} until stored; Morphia stores 1 on insert and sets the field, and each save stores and sets the next
 * version.
 */
@Entity(value = "morphia_versioned_user", useDiscriminator = false)
public final class MorphiaVersionedUser {

    @Id
    private ObjectId id;
    private String name;
    private String email;
    private int age;
    private String city;
    private double score;
    private boolean active;
    @Version
    private Long version;

    /** For Morphia's decoder. */
    MorphiaVersionedUser() {
        // filled by Morphia
    }

    /**
     * Creates a user.
     *
     * @param id the {@code _id}
     * @param name the name
     * @param email the e-mail address
     * @param age the age
     * @param city the city
     * @param score the score
     * @param active whether the user is active
     * @param version the stored version, or {@code null} if never stored
     */
    public MorphiaVersionedUser(ObjectId id, String name, String email, int age, String city, double score,
            boolean active, Long version) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.age = age;
        this.city = city;
        this.score = score;
        this.active = active;
        this.version = version;
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
     * The score.
     *
     * @return the score
     */
    public double score() {
        return score;
    }

    /**
     * The stored version.
     *
     * @return the version, or {@code null} if never stored
     */
    public Long version() {
        return version;
    }

    /**
     * Sets the version, for writes that bypass Morphia's versioning (the driver's bulk write).
     *
     * @param version the version
     */
    public void setVersion(Long version) {
        this.version = version;
    }
}
