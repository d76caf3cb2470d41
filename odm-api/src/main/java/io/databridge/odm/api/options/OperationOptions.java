package io.databridge.odm.api.options;

import org.jspecify.annotations.Nullable;

/**
 * The acknowledgement and read settings of operations; {@code null} members inherit (from the repository, then the
 * client). Immutable.
 *
 * @param writeConcern the write concern, or {@code null} to inherit
 * @param readConcern the read concern, or {@code null} to inherit
 * @param readPreference the read preference, or {@code null} to inherit
 */
public record OperationOptions(@Nullable WriteConcern writeConcern, @Nullable ReadConcern readConcern,
        @Nullable ReadPreference readPreference) {

    /** Inherit everything. */
    public static final OperationOptions INHERIT = new OperationOptions(null, null, null);

    /**
     * Options with a write concern only.
     *
     * @param concern the write concern
     * @return the options
     */
    public static OperationOptions writeConcern(WriteConcern concern) {
        return new OperationOptions(concern, null, null);
    }

    /**
     * Options with a read concern only.
     *
     * @param concern the read concern
     * @return the options
     */
    public static OperationOptions readConcern(ReadConcern concern) {
        return new OperationOptions(null, concern, null);
    }

    /**
     * Options with a read preference only.
     *
     * @param preference the read preference
     * @return the options
     */
    public static OperationOptions readPreference(ReadPreference preference) {
        return new OperationOptions(null, null, preference);
    }

    /**
     * Layers other options over these: what {@code over} sets wins, what it leaves unset is kept.
     *
     * @param over the more specific options
     * @return the combined options
     */
    public OperationOptions overriddenBy(OperationOptions over) {
        return new OperationOptions(over.writeConcern != null ? over.writeConcern : writeConcern,
                over.readConcern != null ? over.readConcern : readConcern,
                over.readPreference != null ? over.readPreference : readPreference);
    }

    /**
     * Tells whether writes with these options are acknowledged.
     *
     * @return {@code false} only for an explicitly unacknowledged write concern
     */
    public boolean acknowledgedWrites() {
        return writeConcern == null || writeConcern.acknowledged();
    }
}
