package io.databridge.odm.bench.contestant.databridge;

/**
 * The embedded address of the "rich" entity.
 *
 * @param street the street
 * @param city the city
 * @param zip the postal code
 */
public record DbAddress(String street, String city, String zip) {
}
