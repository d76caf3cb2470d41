package io.databridge.odm.bench.contestant.morphia;

import dev.morphia.annotations.Entity;

/** The embedded address, a Morphia entity without discriminator. */
@Entity(useDiscriminator = false)
public final class MorphiaAddress {

    private String street;
    private String city;
    private String zip;

    /** For Morphia's decoder. */
    MorphiaAddress() {
        // filled by Morphia
    }

    /**
     * Creates an address.
     *
     * @param street the street line
     * @param city the city
     * @param zip the postal code
     */
    public MorphiaAddress(String street, String city, String zip) {
        this.street = street;
        this.city = city;
        this.zip = zip;
    }

    /**
     * The street line.
     *
     * @return the street
     */
    public String street() {
        return street;
    }

    /**
     * The city.
     *
     * @return the city
     */
    public String city() {
        return city;
    }

    /**
     * The postal code.
     *
     * @return the zip
     */
    public String zip() {
        return zip;
    }
}
