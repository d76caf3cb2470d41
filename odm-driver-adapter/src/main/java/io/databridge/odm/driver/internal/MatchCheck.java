package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.databridge.odm.api.store.WriteOperation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.jspecify.annotations.Nullable;

/**
 * Finds out exactly which must-match operations (versioned replaces and deletes) of a bulk write matched nothing.
 *
 * <p>The server answers a bulk write with totals only. Most of the time the totals prove that every must-match
 * operation matched: the matched (or deleted) count, less one for each other single update (or delete) that was
 * attempted, still covers them all. Only when it does not (a conflict happened, or an {@code updateMany} makes the
 * count unbounded) are the documents read back, from the primary and in the same session: a replace matched if the
 * stored document is byte for byte its replacement (which carries the next version), a delete matched if the document
 * is gone (read with the primary's local read concern, or in the transaction, so the bulk's own writes are seen). A
 * document changed in between (by someone else, or by a later operation of the same bulk) makes a matched replace look
 * unmatched, never the other way round. Two cases count as matched because the outcome is what was asked for: a
 * replace whose document someone else wrote byte for byte identically, and a versioned delete whose document is gone.
 * If the read fails, the suspects are reported unknown.
 */
final class MatchCheck {

    private final MongoCollection<RawBsonDocument> collection;
    private final @Nullable ClientSession session;
    private final List<WriteOperation> operations;
    private final @Nullable RawBsonDocument[] documents;
    private final BitSet notDone;
    private final BulkWriteResult result;
    private final Set<Integer> upserted;
    private final List<Integer> unknown = new ArrayList<>();
    private @Nullable MongoException readFailure;

    MatchCheck(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session,
            List<WriteOperation> operations, @Nullable RawBsonDocument[] documents, BitSet notDone,
            BulkWriteResult result, Set<Integer> upserted) {
        this.collection = collection;
        this.session = session;
        this.operations = operations;
        this.documents = documents;
        this.notDone = notDone;
        this.result = result;
        this.upserted = upserted;
    }

    /** The must-match positions whose read-back failed, after {@link #unmatched()}: their outcome is unknown. */
    List<Integer> unknown() {
        return unknown;
    }

    /** Why the read-back failed, after {@link #unmatched()}; {@code null} if it did not. */
    @Nullable MongoException readFailure() {
        return readFailure;
    }

    /** The positions of must-match operations that matched nothing, ascending. */
    List<Integer> unmatched() {
        List<Integer> replaces = new ArrayList<>();
        List<Integer> deletes = new ArrayList<>();
        long otherUpdates = 0;
        long otherDeletes = 0;
        boolean unboundedUpdates = false;
        boolean unboundedDeletes = false;
        for (int position = 0; position < operations.size(); position++) {
            if (notDone.get(position)) {
                continue;
            }
            switch (operations.get(position)) {
                case WriteOperation.Replace replace when replace.mustMatch() -> replaces.add(position);
                case WriteOperation.Replace replace -> otherUpdates += upserted.contains(position) ? 0 : 1;
                case WriteOperation.Update update when update.multi() -> unboundedUpdates = true;
                case WriteOperation.Update update -> otherUpdates += upserted.contains(position) ? 0 : 1;
                case WriteOperation.Delete delete when delete.mustMatch() -> deletes.add(position);
                case WriteOperation.Delete delete when delete.multi() -> unboundedDeletes = true;
                case WriteOperation.Delete delete -> otherDeletes++;
                case WriteOperation.Insert insert -> {
                    // inserts match nothing
                }
            }
        }
        List<Integer> suspects = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        settle(replaces, result.getMatchedCount(), otherUpdates, unboundedUpdates, suspects, unmatched);
        settle(deletes, result.getDeletedCount(), otherDeletes, unboundedDeletes, suspects, unmatched);
        if (!suspects.isEmpty()) {
            try {
                unmatched.addAll(readBack(suspects));
            } catch (MongoException failure) {
                unknown.addAll(suspects);
                readFailure = failure;
            }
        }
        return unmatched.stream().sorted().toList();
    }

    /**
     * Settles one kind from the totals where they prove it: all matched, or (with nothing else of the kind) none
     * matched; otherwise the positions become suspects to read back.
     */
    private static void settle(List<Integer> mustMatch, long total, long others, boolean unbounded,
            List<Integer> suspects, List<Integer> unmatched) {
        if (mustMatch.isEmpty() || !unbounded && total - others >= mustMatch.size()) {
            return;
        }
        if (!unbounded && others == 0 && total == 0) {
            unmatched.addAll(mustMatch);
            return;
        }
        suspects.addAll(mustMatch);
    }

    private List<Integer> readBack(List<Integer> suspects) {
        Map<Integer, BsonValue> ids = new HashMap<>();
        List<BsonValue> wanted = new ArrayList<>();
        for (int position : suspects) {
            BsonValue id = idOf(position);
            ids.put(position, id);
            wanted.add(id);
        }
        Map<BsonValue, RawBsonDocument> stored = new HashMap<>();
        MongoCollection<RawBsonDocument> primary = collection.withReadPreference(ReadPreference.primary());
        if (session == null) {
            primary = primary.withReadConcern(ReadConcern.LOCAL);
        }
        var found = session == null ? primary.find(Filters.in("_id", wanted))
                : primary.find(session, Filters.in("_id", wanted));
        for (RawBsonDocument document : found) {
            stored.put(document.get("_id"), document);
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int position : suspects) {
            RawBsonDocument now = stored.get(ids.get(position));
            boolean matched = operations.get(position) instanceof WriteOperation.Replace
                    ? now != null && sameBytes(now, documents[position])
                    : now == null;
            if (!matched) {
                unmatched.add(position);
            }
        }
        return unmatched;
    }

    /** The {@code _id} a must-match operation targets: its replacement's, or its filter's (maybe under {@code $eq}). */
    private BsonValue idOf(int position) {
        if (operations.get(position) instanceof WriteOperation.Replace) {
            return java.util.Objects.requireNonNull(documents[position]).get("_id");
        }
        WriteOperation.Delete delete = (WriteOperation.Delete) operations.get(position);
        BsonDocument filter = new RawBsonDocument(BsonValues.encode(delete.filter()))
                .decode(new BsonDocumentCodec());
        BsonValue id = filter.get("_id");
        if (id instanceof BsonDocument condition && condition.size() == 1 && condition.containsKey("$eq")) {
            return condition.get("$eq");
        }
        return id;
    }

    private static boolean sameBytes(RawBsonDocument stored, @Nullable RawBsonDocument sent) {
        if (sent == null) {
            return false;
        }
        ByteBuffer left = stored.getByteBuffer().asNIO();
        ByteBuffer right = sent.getByteBuffer().asNIO();
        return left.equals(right);
    }
}
