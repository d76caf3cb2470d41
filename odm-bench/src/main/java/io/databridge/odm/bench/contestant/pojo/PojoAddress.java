package io.databridge.odm.bench.contestant.pojo;

/** The JavaBean form of the nested address: a no-argument constructor and a getter and setter per property. */
public final class PojoAddress {

    private String street;
    private String city;
    private String zip;

    /** Creates an empty bean, as the PojoCodec does when decoding. */
    public PojoAddress() {
        // all properties unset
    }

    /** @return the street line */
    public String getStreet() {
        return street;
    }

    /** @param street the street line */
    public void setStreet(String street) {
        this.street = street;
    }

    /** @return the city */
    public String getCity() {
        return city;
    }

    /** @param city the city */
    public void setCity(String city) {
        this.city = city;
    }

    /** @return the postal code */
    public String getZip() {
        return zip;
    }

    /** @param zip the postal code */
    public void setZip(String zip) {
        this.zip = zip;
    }
}
