package io.databridge.odm.mapping;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.StringValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The minimal update between two documents of one entity: {@code $set} of every changed path, {@code $unset} of every
 * field of the model that disappeared. A top-level stored field the model does not know (in {@code before} but not in
 * the layout of {@code after}, which names every field of the model, present or not) is left alone, never unset. A
 * nested document is compared field by field only when the new one's layout names every field of the old one;
 * otherwise (a map that lost a key, a stored sub-document with fields the type does not know) it is set whole. Embedded documents are compared field by field, so changing a city sets
 * {@code address.city} only; arrays and scalars are set whole. A map key that the server cannot take as a path segment
 * (containing '.' or starting with '$') makes its map set whole instead. Round-trip law: applying the update to
 * {@code before} gives a document with the same fields and values as {@code after} (a field new to the document
 * lands at its end, where the server puts it).
 */
final class Changes {

    private static final StringValue UNSET = new StringValue("");

    private final Map<String, ExtractedValue> set = new LinkedHashMap<>();
    private final List<String> unset = new ArrayList<>();

    private Changes() {
    }

    /**
     * Computes the changes between two documents; {@code _id} and the named skipped field are left out.
     *
     * @param before the stored document as loaded
     * @param after the new document
     * @param skipped a root field to leave out (the version, set by the caller), or {@code null}
     * @return the changes
     */
    static Changes between(DocumentValue before, DocumentValue after, @Nullable String skipped) {
        Changes changes = new Changes();
        changes.compare(before, after, "", skipped);
        return changes;
    }

    boolean isEmpty() {
        return set.isEmpty() && unset.isEmpty();
    }

    /** The paths the update sets, in document order. */
    Map<String, ExtractedValue> set() {
        return set;
    }

    /** The paths the update removes. */
    List<String> unset() {
        return unset;
    }

    /**
     * The operator document, with extra fields set as well (the next version).
     *
     * @param extra fields to set besides the changes, by stored path
     * @return {@code {$set: {...}, $unset: {...}}} with only the operators that have fields
     */
    DocumentValue update(Map<String, ExtractedValue> extra) {
        Map<String, ExtractedValue> setAll = new LinkedHashMap<>(set);
        setAll.putAll(extra);
        List<String> operators = new ArrayList<>(2);
        List<ExtractedValue> operands = new ArrayList<>(2);
        if (!setAll.isEmpty()) {
            operators.add("$set");
            operands.add(DocumentValue.of(setAll));
        }
        if (!unset.isEmpty()) {
            Map<String, ExtractedValue> removed = new LinkedHashMap<>();
            unset.forEach(path -> removed.put(path, UNSET));
            operators.add("$unset");
            operands.add(DocumentValue.of(removed));
        }
        return DocumentValue.of(FieldNames.of(operators), operands.toArray(ExtractedValue[]::new));
    }

    private void compare(DocumentValue before, DocumentValue after, String prefix, @Nullable String skipped) {
        after.forEach((name, value) -> {
            if (prefix.isEmpty() && (name.equals("_id") || name.equals(skipped))) {
                return;
            }
            String path = prefix + name;
            ExtractedValue old = before.get(name);
            if (old == null) {
                set.put(path, value);
            } else if (!old.equals(value)) {
                if (old instanceof DocumentValue oldDocument && value instanceof DocumentValue newDocument
                        && pathSafe(oldDocument) && pathSafe(newDocument) && covers(newDocument, oldDocument)) {
                    compare(oldDocument, newDocument, path + ".", null);
                } else {
                    set.put(path, value);
                }
            }
        });
        before.forEach((name, value) -> {
            if (prefix.isEmpty() && (name.equals("_id") || name.equals(skipped))) {
                return;
            }
            if (after.get(name) == null && after.names().indexOf(name) >= 0) {
                unset.add(prefix + name);
            }
        });
    }

    /**
     * Whether a new nested document's layout names every field the old one holds, so that comparing field by field
     * sees every removal. A map's layout holds only its present keys: a removed key makes the map set whole.
     */
    private static boolean covers(DocumentValue after, DocumentValue before) {
        for (int i = 0; i < before.slotCount(); i++) {
            if (before.slot(i) != null && after.names().indexOf(before.names().name(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every field name can be a path segment. */
    private static boolean pathSafe(DocumentValue document) {
        for (int i = 0; i < document.slotCount(); i++) {
            String name = document.names().name(i);
            if (name.isEmpty() || name.indexOf('.') >= 0 || name.startsWith("$")) {
                return false;
            }
        }
        return true;
    }
}
