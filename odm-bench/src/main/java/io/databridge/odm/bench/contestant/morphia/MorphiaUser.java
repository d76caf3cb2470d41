package io.databridge.odm.bench.contestant.morphia;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import org.bson.types.ObjectId;

/** The "user" document as a Morphia entity (field access, no discriminator). */
@Entity(value = "morphia_user", useDiscriminator = false)
public final class MorphiaUser {

    @Id
    private ObjectId id;
    private String name;
    private String email;
    private int age;
    private String city;
    private double score;
    private boolean active;

    /** For Morphia's decoder. */
    MorphiaUser() {
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
     */
    public MorphiaUser(ObjectId id, String name, String email, int age, String city, double score, boolean active) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.age = age;
        this.city = city;
        this.score = score;
        this.active = active;
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
     * The e-mail address.
     *
     * @return the e-mail
     */
    public String email() {
        return email;
    }

    /**
     * The age.
     *
     * @return the age
     */
    public int age() {
        return age;
    }

    /**
     * The city.
     *
     * @return the city
     */
    public String city() {
        return city;
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
     * Whether the user is active.
     *
     * @return the flag
     */
    public boolean active() {
        return active;
    }
}
