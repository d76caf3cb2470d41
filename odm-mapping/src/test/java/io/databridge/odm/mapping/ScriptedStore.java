package io.databridge.odm.mapping;

import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.value.DocumentValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A fake store for repository tests: records every request and answers with a scripted report (all written unless
 * told otherwise). Not a mock: it has behaviour, no expectations.
 */
final class ScriptedStore implements DocumentStore {

    private final List<InsertRequest> requests = new ArrayList<>();
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

    @Override
    public void close() {
        closed = true;
    }
}
