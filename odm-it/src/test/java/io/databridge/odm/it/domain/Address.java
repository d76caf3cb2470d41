package io.databridge.odm.it.domain;

/**
 * An embedded value with several fields.
 *
 * @param street street and number
 * @param city city
 * @param zip postal code
 */
public record Address(String street, String city, String zip) {
}
