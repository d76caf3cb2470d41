package io.databridge.odm.bench.contestant;

import java.util.List;
import org.bson.types.ObjectId;

/**
 * A library's entities for one {@code mixed-bulk} write, as its seed prepared them: operation {@code i} inserts
 * {@code inserts.get(i)}, replaces by {@code replacements.get(i)} (which carries the stored version and a changed
 * score), sets {@code active = false} on that same id and deletes {@code deletes.get(i)}.
 *
 * @param inserts the new entities, never stored
 * @param replacements the changed existing entities, carrying their stored version
 * @param deletes the ids to delete
 * @param <E> the library's entity type
 */
public record MixedBulkEntities<E>(List<E> inserts, List<E> replacements, List<ObjectId> deletes) {

    /** Copies the lists and checks that they are equally long. */
    public MixedBulkEntities {
        inserts = List.copyOf(inserts);
        replacements = List.copyOf(replacements);
        deletes = List.copyOf(deletes);
        if (replacements.size() != inserts.size() || deletes.size() != inserts.size()) {
            throw new IllegalArgumentException("need N of each: " + inserts.size() + " inserts, "
                    + replacements.size() + " replacements, " + deletes.size() + " deletes");
        }
    }

    /**
     * N, the number of operations of each kind.
     *
     * @return the number of inserts
     */
    public int n() {
        return inserts.size();
    }
}
