package io.databridge.odm.it.domain;

import io.databridge.odm.api.annotation.Version;
import java.util.List;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * A versioned record with a generated id, an annotated {@code Integer} version, an embedded address and a list.
 *
 * @param id the id, {@code null} until stored
 * @param title the title
 * @param address where
 * @param tags the tags
 * @param note an optional note, not stored when {@code null}
 * @param revision the version
 */
public record Ticket(@Nullable ObjectId id, String title, Address address, List<String> tags, @Nullable String note,
        @Version @Nullable Integer revision) {
}
