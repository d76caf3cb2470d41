package io.databridge.odm.it.domain;

/** A versioned class with a mutable version field, which saving sets in place. */
public final class Customer {

    private String id;
    private String name;
    private long version;

    /** For the mapper, which sets the fields. */
    private Customer() {
        this("", "");
    }

    /**
     * Creates a customer.
     *
     * @param id the id
     * @param name the name
     */
    public Customer(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Renames.
     *
     * @param newName the name
     */
    public void rename(String newName) {
        this.name = newName;
    }

    /**
     * Returns the version.
     *
     * @return the version, 0 if never stored
     */
    public long version() {
        return version;
    }
}
