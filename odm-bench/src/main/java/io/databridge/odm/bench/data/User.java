package io.databridge.odm.bench.data;

import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * The seed's flat "user" document: {@code _id}, {@code name}, {@code email}, {@code age} (int32),
 * {@code city}, {@code score} (double), {@code active} (boolean), stored in this order.
 *
 * @param id the pre-assigned {@code _id}
 * @param name the display name
 * @param email the e-mail address
 * @param age the age, stored as int32
 * @param city the city name
 * @param score the score, stored as double
 * @param active whether the user is active
 */
public record User(ObjectId id, String name, String email, int age, String city, double score, boolean active) {

    /** Requires every reference field to be present. */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(city, "city");
    }

    /**
     * This user with another score, as an application changes an entity before saving it again.
     *
     * @param newScore the score
     * @return a copy with {@code newScore}
     */
    public User withScore(double newScore) {
        return new User(id, name, email, age, city, newScore, active);
    }
}
