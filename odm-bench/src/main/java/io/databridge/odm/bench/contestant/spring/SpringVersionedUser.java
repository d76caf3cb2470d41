package io.databridge.odm.bench.contestant.spring;

import org.bson.types.ObjectId;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The versioned "user" document as a Spring Data record entity. The primitive {@code @Version long} makes 0 mean
 * "new" and Spring store 1 on insert (a {@code Long} would start at 0); {@link #withVersion} is the wither Spring
 * uses to hand back an immutable entity with its new version.
 *
 * @param id the {@code _id}
 * @param name the name
 * @param email the e-mail address
 * @param age the age
 * @param city the city
 * @param score the score
 * @param active whether the user is active
 * @param version the stored version, 0 if never stored
 */
@Document("spring_versioned_user")
public record SpringVersionedUser(ObjectId id, String name, String email, int age, String city, double score,
        boolean active, @Version long version) {

    /**
     * This entity with another version (Spring Data's wither for the immutable version property).
     *
     * @param newVersion the version
     * @return a copy with {@code newVersion}
     */
    public SpringVersionedUser withVersion(long newVersion) {
        return new SpringVersionedUser(id, name, email, age, city, score, active, newVersion);
    }
}
