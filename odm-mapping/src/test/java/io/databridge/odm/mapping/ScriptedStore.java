package io.databridge.odm.mapping;

import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    private boolean closed;

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
                DocumentSource.of(documents), request.ordered());
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
    public List<ExtractedValue> distinct(String collection, String storedPath, DocumentValue filter) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public void close() {
        closed = true;
    }
}
