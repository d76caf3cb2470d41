package io.databridge.odm.bench.data;

import java.util.Objects;

/**
 * The nested {@code address} document of {@link Rich}: {@code street}, {@code city}, {@code zip}, in this order.
 *
 * @param street the street line
 * @param city the city name
 * @param zip the postal code, stored as a string
 */
public record Address(String street, String city, String zip) {

    /** Requires every field to be present. */
    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(zip, "zip");
    }
}
