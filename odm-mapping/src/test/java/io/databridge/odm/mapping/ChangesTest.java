package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The minimal update between two documents, and its law: applied to the first, it gives the second (field by field; new
 * fields land at the end, as the server puts them).
 */
class ChangesTest {

    private static DocumentValue doc(Object... namesAndValues) {
        Map<String, ExtractedValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value instanceof String text ? new StringValue(text)
                    : value instanceof Integer number ? Int32Value.of(number) : (ExtractedValue) value);
        }
        return DocumentValue.of(fields);
    }

    /** Applies $set (dotted paths into documents) and $unset, as the server would. */
    private static DocumentValue apply(DocumentValue before, Changes changes) {
        Map<String, Object> tree = toTree(before);
        changes.set().forEach((path, value) -> put(tree, path.split("\\."), 0, value));
        changes.unset().forEach(path -> remove(tree, path.split("\\."), 0));
        return fromTree(tree);
    }

    private static Map<String, Object> toTree(DocumentValue document) {
        Map<String, Object> tree = new LinkedHashMap<>();
        document.forEach((name, value) -> tree.put(name, value instanceof DocumentValue inner ? toTree(inner) : value));
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static DocumentValue fromTree(Map<String, Object> tree) {
        Map<String, ExtractedValue> fields = new LinkedHashMap<>();
        tree.forEach((name, value) -> fields.put(name, value instanceof Map<?, ?> inner
                ? fromTree((Map<String, Object>) inner) : (ExtractedValue) value));
        return DocumentValue.of(fields);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int at, ExtractedValue value) {
        if (at == path.length - 1) {
            tree.put(path[at], value instanceof DocumentValue document ? toTree(document) : value);
            return;
        }
        put((Map<String, Object>) tree.computeIfAbsent(path[at], key -> new LinkedHashMap<>()), path, at + 1, value);
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> tree, String[] path, int at) {
        if (at == path.length - 1) {
            tree.remove(path[at]);
        } else if (tree.get(path[at]) instanceof Map<?, ?> inner) {
            remove((Map<String, Object>) inner, path, at + 1);
        }
    }

    @Test
    void onlyChangedPathsAreSetAndVanishedOnesUnset() {
        DocumentValue before = doc("_id", "a", "name", "Ada", "address", doc("city", "Paris", "zip", "75"),
                "note", "x", "version", 3);
        DocumentValue after = DocumentValue.of(FieldNames.of("_id", "name", "address", "note", "tags", "version"),
                new StringValue("a"), new StringValue("Ada"), doc("city", "Lyon", "zip", "75"), null,
                new StringValue("new"), Int32Value.of(3));
        Changes changes = Changes.between(before, after, "version");
        assertEquals(List.of("address.city", "tags"), List.copyOf(changes.set().keySet()));
        assertEquals(List.of("note"), changes.unset());
        assertEquals(toTree(after), toTree(apply(before, changes)));
    }

    @Test
    void storedFieldsTheModelDoesNotKnowAreNeverUnset() {
        DocumentValue before = doc("_id", "a", "name", "Ada", "legacy", "keep me", "note", "x");
        DocumentValue after = DocumentValue.of(FieldNames.of("_id", "name", "note"), new StringValue("a"),
                new StringValue("Bo"), null);
        Changes changes = Changes.between(before, after, null);
        assertEquals(List.of("name"), List.copyOf(changes.set().keySet()));
        assertEquals(List.of("note"), changes.unset());
    }

    @Test
    void aMapThatLostAKeyIsSetWhole() {
        DocumentValue before = doc("_id", "a", "scores", doc("math", 1, "art", 2));
        DocumentValue after = doc("_id", "a", "scores", doc("math", 1));
        Changes changes = Changes.between(before, after, null);
        assertEquals(List.of("scores"), List.copyOf(changes.set().keySet()));
        assertEquals(toTree(after), toTree(apply(before, changes)));
    }

    @Test
    void aMapWithKeysThatCannotBePathSegmentsIsSetWhole() {
        DocumentValue before = doc("_id", "a", "counts", doc("a.b", 1));
        DocumentValue after = doc("_id", "a", "counts", doc("a.b", 2));
        Changes changes = Changes.between(before, after, null);
        assertEquals(List.of("counts"), List.copyOf(changes.set().keySet()));
        assertEquals(toTree(after), toTree(apply(before, changes)));
    }

    @Test
    void equalDocumentsMakeNoChangesAndTheUpdateIsAnOperatorDocument() {
        DocumentValue same = doc("_id", "a", "name", "Ada");
        assertTrue(Changes.between(same, same, null).isEmpty());
        Changes changes = Changes.between(same, doc("_id", "a", "name", "Bo"), null);
        DocumentValue update = changes.update(Map.of("version", Int32Value.of(2)));
        assertEquals(doc("$set", doc("name", "Bo", "version", 2)), update);
    }
}
