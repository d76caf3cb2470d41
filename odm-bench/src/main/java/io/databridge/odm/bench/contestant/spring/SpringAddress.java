package io.databridge.odm.bench.contestant.spring;

/**
 * The nested address, a plain record.
 *
 * @param street the street line
 * @param city the city
 * @param zip the postal code
 */
public record SpringAddress(String street, String city, String zip) {
}
