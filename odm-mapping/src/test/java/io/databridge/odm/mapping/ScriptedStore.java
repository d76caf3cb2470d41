package io.databridge.odm.mapping;

import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
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

    @Override
    public WriteReport insert(InsertRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    @Override
    public void close() {
        closed = true;
    }
}
