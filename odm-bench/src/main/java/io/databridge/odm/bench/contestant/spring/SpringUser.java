package io.databridge.odm.bench.contestant.spring;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The "user" document as a Spring Data record entity.
 *
 * @param id the {@code _id}
 * @param name the name
 * @param email the e-mail address
 * @param age the age
 * @param city the city
 * @param score the score
 * @param active whether the user is active
 */
@Document("spring_user")
public record SpringUser(ObjectId id, String name, String email, int age, String city, double score, boolean active) {
}
