package io.databridge.odm.bench.contestant.databridge;

import org.bson.types.ObjectId;

/**
 * The versioned "user" entity as a data-bridge user writes it: a plain record, no annotations; the component called
 * {@code version} is the optimistic-locking version by convention (0 = never stored; data-bridge stores 1 for a new
 * entity and the next version on each save).
 *
 * @param id the id
 * @param name the name
 * @param email the e-mail address
 * @param age the age
 * @param city the city
 * @param score the score
 * @param active whether active
 * @param version the stored version, 0 if never stored
 */
public record DbVersionedUser(ObjectId id, String name, String email, int age, String city, double score,
        boolean active, long version) {
}
