package io.databridge.odm.bench.contestant.pojo;

import org.bson.types.ObjectId;

/** The JavaBean form of the "user" document; the property {@code id} maps to {@code _id} by convention. */
public final class PojoUser {

    private ObjectId id;
    private String name;
    private String email;
    private int age;
    private String city;
    private double score;
    private boolean active;

    /** Creates an empty bean, as the PojoCodec does when decoding. */
    public PojoUser() {
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

    /** @return the e-mail address */
    public String getEmail() {
        return email;
    }

    /** @param email the e-mail address */
    public void setEmail(String email) {
        this.email = email;
    }

    /** @return the age */
    public int getAge() {
        return age;
    }

    /** @param age the age */
    public void setAge(int age) {
        this.age = age;
    }

    /** @return the city */
    public String getCity() {
        return city;
    }

    /** @param city the city */
    public void setCity(String city) {
        this.city = city;
    }

    /** @return the score */
    public double getScore() {
        return score;
    }

    /** @param score the score */
    public void setScore(double score) {
        this.score = score;
    }

    /** @return whether the user is active */
    public boolean isActive() {
        return active;
    }

    /** @param active whether the user is active */
    public void setActive(boolean active) {
        this.active = active;
    }
}
