package io.databridge.odm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Blob;
import io.databridge.odm.it.domain.Tagged;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets a typed error naming type, path and expectation, and nothing of its batch is written. */
class BadInputIT {

    /** The server's maximum document size. */
    private static final int MAX = 16 * 1024 * 1024;

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(BadInputIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    /** A document of exactly {@code size} bytes: 4 + {1+3+1 + 4+2+1} + {1+5+1 + 4+len+1} + 1. */
    private static Blob blobOfEncodedSize(String id, int size) {
        int overhead = 4 + (1 + 4 + 4 + id.length() + 1) + (1 + 5 + 4 + 1) + 1;
        char[] data = new char[size - overhead];
        Arrays.fill(data, 'x');
        return new Blob(id, new String(data));
    }

    @Test
    void aDocumentOfSixteenMebibytesPlusOneIsRefusedBeforeAnythingIsWritten() {
        Repository<Blob, String> blobs = odm.repository(Blob.class, String.class, "blobs");
        List<Blob> batch = List.of(new Blob("small", "x"), blobOfEncodedSize("big", MAX + 1));

        DocumentTooLargeException failure = assertThrows(DocumentTooLargeException.class,
                () -> blobs.insertAll(batch));

        assertEquals(Blob.class, failure.entityType());
        assertEquals(1, failure.position());
        assertEquals(MAX + 1, failure.size());
        assertEquals(MAX, failure.limit());
        assertTrue(failure.getMessage().contains("Blob") && failure.getMessage().contains("position 1"));
        assertEquals(0, stored.count("blobs"));
    }

    @Test
    void aDocumentOfExactlySixteenMebibytesIsStored() {
        odm.repository(Blob.class, String.class, "maxBlob").insert(blobOfEncodedSize("max", MAX));

        assertEquals(1, stored.count("maxBlob"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "$where", "nul\0byte"})
    void aMapKeyThatCouldBeReadAsAPathOrOperatorIsRefused(String key) {
        Map<String, String> labels = new HashMap<>();
        labels.put(key, "value");
        List<Tagged> batch = List.of(new Tagged("ok", Map.of()), new Tagged("bad", labels));
        String collection = "keys" + Math.abs(key.hashCode());

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Tagged.class, String.class, collection).insertAll(batch));

        assertEquals(Tagged.class, failure.entityType());
        assertEquals(1, failure.position());
        assertEquals("labels", failure.path());
        assertTrue(failure.expected().contains("map key"), failure.expected());
        assertEquals(0, stored.count(collection));
    }

    @Test
    void aNullEntityInABatchIsRefusedWithItsPosition() {
        List<Tagged> batch = new ArrayList<>(List.of(new Tagged("a", Map.of()), new Tagged("b", Map.of())));
        batch.add(null);

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Tagged.class, String.class, "nulls").insertAll(batch));

        assertEquals(2, failure.position());
        assertEquals("null", failure.found());
        assertEquals(0, stored.count("nulls"));
    }

    @Test
    void aCyclicObjectGraphIsRefusedWithThePathToTheCycle() {
        Node root = new Node("root", new ArrayList<>());
        Node child = new Node("child", new ArrayList<>());
        root.children().add(child);
        child.children().add(root);

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Tree.class, String.class, "trees").insert(new Tree("t", root)));

        assertEquals("root.children[0].children[0]", failure.path());
        assertTrue(failure.found().contains("cycle"), failure.found());
        assertEquals(0, stored.count("trees"));
    }

    @Test
    void unsupportedTypesAreAllReportedWhenTheRepositoryIsCreated() {
        MappingException failure = assertThrows(MappingException.class,
                () -> odm.repository(Unmappable.class, String.class));

        List<String> paths = failure.problems().stream().map(MappingProblem::path).toList();
        assertEquals(List.of("worker", "anything", "byNumber", "renamed"), paths);
        assertTrue(failure.getMessage().contains("java.lang.Thread"), failure.getMessage());
        assertTrue(failure.problems().get(2).expected().contains("String keys"));
        assertTrue(failure.problems().get(3).found().contains("a\\0b"));
    }

    @Test
    void aStringCutInsideASurrogatePairIsRefusedInsteadOfBeingStoredAltered() {
        String cut = "rocket \uD83D";
        List<Tagged> batch = List.of(new Tagged("a", Map.of()), new Tagged("b", Map.of("name", cut)));

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Tagged.class, String.class, "surrogates").insertAll(batch));

        assertEquals(1, failure.position());
        assertEquals("labels.name", failure.path());
        assertTrue(failure.found().contains("U+D83D"), failure.found());
        assertEquals(0, stored.count("surrogates"));
    }

    @Test
    void anUnencodableStringInALaterWireBatchFailsItsPositionAndStopsAnOrderedInsert() {
        List<Tagged> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(new Tagged("s" + i, Map.of()));
        }
        batch.set(1_700, new Tagged("s1700", Map.of("name", "\uDE80")));

        BulkWriteException failure = assertThrows(BulkWriteException.class,
                () -> odm.repository(Tagged.class, String.class, "laterSurrogate").insertAll(batch));

        WriteReport report = failure.report();
        assertEquals(PositionStatus.WRITTEN, report.status(999));
        assertEquals(PositionStatus.NOT_ATTEMPTED, report.status(1_000));
        assertEquals(PositionStatus.FAILED, report.status(1_700));
        assertEquals(PositionStatus.NOT_ATTEMPTED, report.status(2_499));
        assertTrue(report.errors().get(0).message().contains("labels.name"), report.errors().get(0).message());
        assertEquals(1_000, stored.count("laterSurrogate"));
    }

    /**
     * A tree node that can contain itself.
     *
     * @param name the name
     * @param children the children
     */
    record Node(String name, List<Node> children) {
    }

    /**
     * An entity holding a tree.
     *
     * @param id the id
     * @param root the root node
     */
    record Tree(String id, Node root) {
    }

    /**
     * Four problems at once: an unsupported JDK type, a raw Object, a map with non-String keys, a NUL in a name.
     *
     * @param id the id
     * @param worker a thread
     * @param anything an object
     * @param byNumber a map keyed by numbers
     * @param renamed a field with a NUL in its stored name
     */
    record Unmappable(String id, Thread worker, Object anything, Map<Integer, String> byNumber,
            @io.databridge.odm.api.annotation.FieldName("a\0b") String renamed) {
    }
}
