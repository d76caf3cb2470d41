package io.databridge.odm.mapping;

import io.databridge.odm.api.FindAndModify;
import io.databridge.odm.api.UpdateResult;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindAndModifyRequest;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The writes of a repository view that select documents by filter rather than by entity: updates, upserts, replaces
 * and deletes by filter, and the atomic find-and-modify operations. No hooks run: no entity is at hand.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
final class FilterWrites<T, ID> {

    private final Writes<T> writes;
    private final Class<ID> idType;
    private final DocumentStore store;

    FilterWrites(Writes<T> writes, Class<ID> idType, DocumentStore store) {
        this.writes = writes;
        this.idType = idType;
        this.store = store;
    }

    UpdateResult<ID> update(Filter filter, Update update, boolean multi, boolean upsert) {
        WriteOperation operation = new WriteOperation.Update(writes.render(filter), writes.render(update),
                writes.arrayFilters(update), multi, upsert);
        return updateResult(writes.send(operation), multi ? "updateMany" : upsert ? "upsert" : "updateOne");
    }

    UpdateResult<ID> replaceOne(Filter filter, T replacement) {
        Objects.requireNonNull(replacement, "replacement");
        DocumentValue document = writes.extractWithId(replacement, "replaceOne");
        return updateResult(writes.send(new WriteOperation.Replace(writes.render(filter), document, false, false)),
                "replaceOne");
    }

    private UpdateResult<ID> updateResult(BulkWriteReport sent, String operation) {
        if (!sent.positions().isComplete()) {
            throw Failures.of(writes.entityType(), writes.collection(), operation, sent.positions());
        }
        ExtractedValue upserted = sent.upserted().get(0);
        return new UpdateResult<>(sent.matched(), sent.modified(),
                upserted == null ? null : idType.cast(writes.javaId(upserted)));
    }

    <R> Optional<R> findOneAndUpdate(Filter filter, Update update, FindAndModify options, MappedQuery<T, R> query) {
        return findOneAndModify(filter, new FindAndModifyRequest.UpdateWith(writes.render(update),
                writes.arrayFilters(update)), options, query);
    }

    Optional<T> findOneAndReplace(Filter filter, T replacement, FindAndModify options, MappedQuery<T, T> query) {
        Objects.requireNonNull(replacement, "replacement");
        DocumentValue document = writes.extractWithId(replacement, "findOneAndReplace");
        return findOneAndModify(filter, new FindAndModifyRequest.ReplaceWith(document), options, query);
    }

    Optional<T> findOneAndDelete(Filter filter, FindAndModify options, MappedQuery<T, T> query) {
        if (options.upserts()) {
            throw new IllegalArgumentException("findOneAndDelete cannot upsert");
        }
        return findOneAndModify(filter, new FindAndModifyRequest.Remove(), options, query);
    }

    private <R> Optional<R> findOneAndModify(Filter filter, FindAndModifyRequest.Change change,
            FindAndModify options, MappedQuery<T, R> query) {
        Objects.requireNonNull(options, "options");
        MappedQuery<T, R> shaped = query.where(filter);
        if (options.sort() != null) {
            shaped = shaped.sort(options.sort());
        }
        return store.findOneAndModify(new FindAndModifyRequest(writes.collection(), shaped.renderedFilter(), change,
                shaped.renderedSort(), shaped.renderedProjection(), options.after(), options.upserts(),
                writes.context()), shaped.reader());
    }

    long deleteMany(Filter filter) {
        BulkWriteReport sent = writes.send(new WriteOperation.Delete(writes.render(filter), true, false));
        if (!sent.positions().isComplete()) {
            throw Failures.of(writes.entityType(), writes.collection(), "deleteMany", sent.positions());
        }
        return sent.deleted();
    }
}
