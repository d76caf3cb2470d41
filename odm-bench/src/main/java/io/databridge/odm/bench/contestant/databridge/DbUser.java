package io.databridge.odm.bench.contestant.databridge;

import org.bson.types.ObjectId;

/**
 * The "user" entity as a data-bridge user writes it: a plain record, no annotations.
 *
 * @param id the id
 * @param name the name
 * @param email the e-mail address
 * @param age the age
 * @param city the city
 * @param score the score
 * @param active whether active
 */
public record DbUser(ObjectId id, String name, String email, int age, String city, double score, boolean active) {
}
