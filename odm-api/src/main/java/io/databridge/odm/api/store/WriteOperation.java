package io.databridge.odm.api.store;

import io.databridge.odm.api.value.DocumentValue;
import java.util.List;
import java.util.Objects;

/**
 * One operation of a {@link WriteRequest}, in stored terms (filters, updates and documents already rendered).
 *
 * <p>An update is always an operator document and a replacement never is; the constructors check it, so a store never
 * sends one for the other.
 */
public sealed interface WriteOperation {

    /**
     * Inserts a document.
     *
     * @param document the document, {@code _id} first and present
     */
    record Insert(DocumentValue document) implements WriteOperation {
        /**
         * Validates.
         *
         * @param document with its {@code _id} first
         */
        public Insert {
            requireIdFirst(document);
        }
    }

    /**
     * Replaces the one document a filter matches.
     *
     * @param filter the filter (for a versioned save: {@code _id} and the expected version)
     * @param replacement the new document, {@code _id} first; never an operator document
     * @param upsert whether to insert the replacement when nothing matches
     * @param mustMatch whether matching nothing is a conflict the store must report for this position exactly
     *                  ({@link io.databridge.odm.api.result.BulkWriteReport#unmatched()})
     */
    record Replace(DocumentValue filter, DocumentValue replacement, boolean upsert, boolean mustMatch)
            implements WriteOperation {
        /**
         * Validates.
         *
         * @param filter not null
         * @param replacement {@code _id} first, no operator names
         * @param upsert any
         * @param mustMatch not with upsert
         */
        public Replace {
            Objects.requireNonNull(filter, "filter");
            requireIdFirst(replacement);
            for (int i = 0; i < replacement.slotCount(); i++) {
                if (replacement.names().name(i).startsWith("$")) {
                    throw new IllegalArgumentException("a replacement is never an operator document; found "
                            + replacement.names().name(i));
                }
            }
            if (upsert && mustMatch) {
                throw new IllegalArgumentException("an upsert always succeeds, so it cannot be required to match");
            }
        }
    }

    /**
     * Applies an operator document to the first or every document a filter matches.
     *
     * @param filter the filter
     * @param update the operator document: every name starts with {@code $}, at least one
     * @param arrayFilters the conditions of the {@code $[identifier]} paths, possibly empty
     * @param multi {@code true} for every matching document
     * @param upsert whether to insert a document built from the filter and update when nothing matches
     */
    record Update(DocumentValue filter, DocumentValue update, List<DocumentValue> arrayFilters, boolean multi,
            boolean upsert) implements WriteOperation {
        /**
         * Validates.
         *
         * @param filter not null
         * @param update an operator document
         * @param arrayFilters copied
         * @param multi any
         * @param upsert any
         */
        public Update {
            Objects.requireNonNull(filter, "filter");
            if (update.slotCount() == 0) {
                throw new IllegalArgumentException("an update needs at least one operator");
            }
            for (int i = 0; i < update.slotCount(); i++) {
                if (!update.names().name(i).startsWith("$")) {
                    throw new IllegalArgumentException("an update is always an operator document; found the field "
                            + update.names().name(i));
                }
            }
            arrayFilters = List.copyOf(arrayFilters);
        }
    }

    /**
     * Deletes the first or every document a filter matches.
     *
     * @param filter the filter
     * @param multi {@code true} for every matching document
     * @param mustMatch whether deleting nothing is a conflict to report for this position (a versioned delete)
     */
    record Delete(DocumentValue filter, boolean multi, boolean mustMatch) implements WriteOperation {
        /**
         * Validates.
         *
         * @param filter not null
         * @param multi any
         * @param mustMatch not with multi
         */
        public Delete {
            Objects.requireNonNull(filter, "filter");
            if (multi && mustMatch) {
                throw new IllegalArgumentException("only a single delete can be required to match");
            }
        }
    }

    private static void requireIdFirst(DocumentValue document) {
        if (document.slotCount() == 0 || document.slot(0) == null || !"_id".equals(document.names().name(0))) {
            throw new IllegalArgumentException("the document lacks its _id in first position");
        }
    }
}
