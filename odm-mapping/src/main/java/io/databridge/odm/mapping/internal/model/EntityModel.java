package io.databridge.odm.mapping.internal.model;

import org.jspecify.annotations.Nullable;

/**
 * A root entity's model: its document model (whose first property is always {@code _id}), its id and its version.
 *
 * @param document the document model
 * @param id the id model
 * @param version the version, or {@code null} if the type is not versioned
 */
public record EntityModel(DocumentModel document, IdModel id, @Nullable VersionModel version) {
}
