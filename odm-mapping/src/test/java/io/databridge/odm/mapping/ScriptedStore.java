package io.databridge.odm.mapping;

import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindAndModifyRequest;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.store.WriteRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A fake store for repository tests: records every request and answers with a scripted report (all written unless
 * told otherwise). Not a mock: it has behaviour, no expectations.
 */
class ScriptedStore implements DocumentStore {

    private final List<InsertRequest> requests = new ArrayList<>();
    private final List<FindRequest> finds = new ArrayList<>();
    private final List<DocumentValue> stored = new ArrayList<>();
    private Function<InsertRequest, WriteReport> answer = request -> WriteReport.allWritten(request.documents().size());
    private final List<WriteRequest> writes = new ArrayList<>();
    private Function<WriteRequest, BulkWriteReport> writeAnswer = ScriptedStore::allDone;
    private final List<FindAndModifyRequest> modifications = new ArrayList<>();
    private final List<ScriptedSession> sessions = new ArrayList<>();
    private boolean closed;
    private final Map<String, List<StoredIndex>> indexes = new LinkedHashMap<>();
    private final List<Map.Entry<String, List<StoredIndex>>> indexRequests = new ArrayList<>();
    private int indexListings;

    /** A session that is active while its transaction's work runs. */
    static final class ScriptedSession implements StoreSession {
        private boolean active = true;

        @Override
        public boolean active() {
            return active;
        }
    }

    /** Every operation done; replaces and single updates each match one document, deletes delete one. */
    static BulkWriteReport allDone(WriteRequest request) {
        long inserted = 0;
        long matched = 0;
        long deleted = 0;
        for (WriteOperation operation : request.operations()) {
            switch (operation) {
                case WriteOperation.Insert insert -> inserted++;
                case WriteOperation.Replace replace -> matched++;
                case WriteOperation.Update update -> matched++;
                case WriteOperation.Delete delete -> deleted++;
            }
        }
        return new BulkWriteReport(WriteReport.allWritten(request.operations().size()), inserted, matched, matched,
                deleted, Map.of(), List.of());
    }

    void answerWrites(Function<WriteRequest, BulkWriteReport> scripted) {
        this.writeAnswer = scripted;
    }

    List<WriteRequest> writes() {
        return writes;
    }

    List<FindAndModifyRequest> modifications() {
        return modifications;
    }

    List<ScriptedSession> sessions() {
        return sessions;
    }

    void answer(Function<InsertRequest, WriteReport> scripted) {
        this.answer = scripted;
    }

    List<InsertRequest> requests() {
        return requests;
    }

    boolean closed() {
        return closed;
    }

    /** Extracts every document first, as the port's contract requires, then answers as scripted. */
    @Override
    public WriteReport insert(InsertRequest request) {
        List<DocumentValue> documents = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            documents.add(request.documents().document(i));
        }
        InsertRequest extracted = new InsertRequest(request.collection(), request.entityType(),
                DocumentSource.of(documents), request.ordered(), request.context());
        requests.add(extracted);
        return answer.apply(extracted);
    }

    /** Documents every find returns, whatever its filter (filters are the in-memory store's job). */
    void store(DocumentValue... documents) {
        stored.addAll(List.of(documents));
    }

    List<FindRequest> finds() {
        return finds;
    }

    @Override
    public <R> List<R> find(FindRequest request, RowReader<R> reader) {
        finds.add(request);
        return stored.stream().map(reader::read).toList();
    }

    @Override
    public <R> Cursor<R> stream(FindRequest request, RowReader<R> reader) {
        Iterator<R> results = find(request, reader).iterator();
        return new Cursor<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public R next() {
                return results.next();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public long count(FindRequest request) {
        finds.add(request);
        return stored.size();
    }

    @Override
    public List<ExtractedValue> distinct(String collection, String storedPath, DocumentValue filter,
            StoreContext context) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public BulkWriteReport write(WriteRequest request) {
        writes.add(request);
        return writeAnswer.apply(request);
    }

    /** Returns the first stored document, as if it were the one found and modified. */
    @Override
    public <R> Optional<R> findOneAndModify(FindAndModifyRequest request, RowReader<R> reader) {
        modifications.add(request);
        return stored.stream().findFirst().map(reader::read);
    }

    @Override
    public <R> R inTransaction(Function<StoreSession, R> work, OperationOptions options) {
        ScriptedSession session = new ScriptedSession();
        sessions.add(session);
        try {
            return work.apply(session);
        } finally {
            session.active = false;
        }
    }

    /** Indexes as if they existed already (after {@code _id_}, which every listed collection has). */
    void existingIndexes(String collection, StoredIndex... existing) {
        indexes.computeIfAbsent(collection, name -> new ArrayList<>()).addAll(List.of(existing));
    }

    /** Every createIndexes request: the collection and the indexes asked for. */
    List<Map.Entry<String, List<StoredIndex>>> indexRequests() {
        return indexRequests;
    }

    /** Records the request; creates the indexes whose names do not exist yet, as the server leaves equal ones be. */
    @Override
    public void createIndexes(String collection, List<StoredIndex> created, StoreContext context) {
        indexRequests.add(Map.entry(collection, List.copyOf(created)));
        List<StoredIndex> existing = indexes.computeIfAbsent(collection, name -> new ArrayList<>());
        for (StoredIndex index : created) {
            if (existing.stream().noneMatch(other -> other.name().equals(index.name()))) {
                existing.add(index);
            }
        }
    }

    /** {@code _id_} and the indexes created or scripted; none for a collection without any. */
    @Override
    public List<StoredIndex> listIndexes(String collection, StoreContext context) {
        indexListings++;
        List<StoredIndex> existing = indexes.get(collection);
        if (existing == null) {
            return List.of();
        }
        List<StoredIndex> listed = new ArrayList<>();
        listed.add(new StoredIndex("_id_", DocumentValue.of(Map.of("_id", Int32Value.of(1))), false, false, null,
                null, null));
        listed.addAll(existing);
        return listed;
    }

    int indexListings() {
        return indexListings;
    }

    @Override
    public void close() {
        closed = true;
    }
}
