package io.databridge.odm.api;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an update or replace by filter did.
 *
 * @param matched documents the filter matched (at most 1 for a single update)
 * @param modified documents actually changed (an update that sets a field to its value matches but does not modify)
 * @param upsertedId the id of the document inserted by an upsert, in the repository's id type; {@code null} if none
 * @param <ID> the id type
 */
public record UpdateResult<ID>(long matched, long modified, @Nullable ID upsertedId) {

    /**
     * Checks the counts.
     *
     * @param matched not negative
     * @param modified not negative, not more than matched
     * @param upsertedId any
     */
    public UpdateResult {
        if (matched < 0 || modified < 0 || modified > matched) {
            throw new IllegalArgumentException("matched " + matched + ", modified " + modified);
        }
    }

    /**
     * Returns the upserted id.
     *
     * @return the id of the inserted document, or empty if the update matched or did nothing
     */
    public Optional<ID> upserted() {
        return Optional.ofNullable(upsertedId);
    }
}
