package io.databridge.odm.mapping.internal.model;

/**
 * A root entity's model: its document model (whose first property is always {@code _id}) and its id.
 *
 * @param document the document model
 * @param id the id model
 */
public record EntityModel(DocumentModel document, IdModel id) {
}
