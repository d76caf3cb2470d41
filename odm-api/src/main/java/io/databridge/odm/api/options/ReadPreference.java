package io.databridge.odm.api.options;

/** Which member of a replica set serves reads. */
public enum ReadPreference {
    /** The primary only (the default). */
    PRIMARY,
    /** The primary, or a secondary when there is none. */
    PRIMARY_PREFERRED,
    /** Secondaries only. */
    SECONDARY,
    /** A secondary, or the primary when there is none. */
    SECONDARY_PREFERRED,
    /** The member with the lowest latency. */
    NEAREST
}
