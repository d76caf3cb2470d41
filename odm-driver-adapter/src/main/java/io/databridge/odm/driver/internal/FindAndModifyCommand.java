package io.databridge.odm.driver.internal;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.databridge.odm.api.store.FindAndModifyRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.DocumentEncoder;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.jspecify.annotations.Nullable;

/** One {@code findAndModify}: the request's documents encoded by the codec, sent by the driver's findOneAnd... */
final class FindAndModifyCommand {

    private final MongoCollection<RawBsonDocument> collection;
    private final @Nullable ClientSession session;
    private final DocumentEncoder encoder;
    private final FindAndModifyRequest request;

    FindAndModifyCommand(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session,
            DocumentEncoder encoder, FindAndModifyRequest request) {
        this.collection = collection;
        this.session = session;
        this.encoder = encoder;
        this.request = request;
    }

    /** Runs the command; returns the document before or after, or {@code null} if none matched. */
    @Nullable RawBsonDocument run() {
        RawBsonDocument filter = raw(request.filter());
        RawBsonDocument sort = request.sort() == null ? null : raw(request.sort());
        RawBsonDocument projection = request.projection() == null ? null : raw(request.projection());
        ReturnDocument returned = request.returnAfter() ? ReturnDocument.AFTER : ReturnDocument.BEFORE;
        return switch (request.change()) {
            case FindAndModifyRequest.UpdateWith update -> {
                FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().returnDocument(returned)
                        .upsert(request.upsert()).sort(sort).projection(projection);
                if (!update.arrayFilters().isEmpty()) {
                    List<BsonDocument> arrayFilters = new ArrayList<>();
                    update.arrayFilters().forEach(condition -> arrayFilters.add(raw(condition)));
                    options.arrayFilters(arrayFilters);
                }
                RawBsonDocument changes = raw(update.update());
                yield session == null ? collection.findOneAndUpdate(filter, changes, options)
                        : collection.findOneAndUpdate(session, filter, changes, options);
            }
            case FindAndModifyRequest.ReplaceWith replace -> {
                FindOneAndReplaceOptions options = new FindOneAndReplaceOptions().returnDocument(returned)
                        .upsert(request.upsert()).sort(sort).projection(projection);
                RawBsonDocument replacement = raw(replace.replacement());
                yield session == null ? collection.findOneAndReplace(filter, replacement, options)
                        : collection.findOneAndReplace(session, filter, replacement, options);
            }
            case FindAndModifyRequest.Remove remove -> {
                FindOneAndDeleteOptions options = new FindOneAndDeleteOptions().sort(sort).projection(projection);
                yield session == null ? collection.findOneAndDelete(filter, options)
                        : collection.findOneAndDelete(session, filter, options);
            }
        };
    }

    private RawBsonDocument raw(DocumentValue document) {
        return new RawBsonDocument(encoder.encode(document));
    }
}
