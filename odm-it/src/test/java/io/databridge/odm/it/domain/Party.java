package io.databridge.odm.it.domain;

/** A superclass whose fields are stored before its subclass's. */
public abstract class Party {

    private final String displayName;

    /**
     * Creates the party.
     *
     * @param displayName the name shown
     */
    protected Party(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name.
     *
     * @return the name shown
     */
    public String displayName() {
        return displayName;
    }
}
