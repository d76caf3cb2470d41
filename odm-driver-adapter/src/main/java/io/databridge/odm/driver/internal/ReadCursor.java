package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCursor;
import io.databridge.odm.api.store.Cursor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.bson.RawBsonDocument;

/**
 * Results of a find, one server batch at a time: when the results in hand run out, the next batch is fetched (the
 * driver's blocking call), every document the driver already holds is taken with it, and the chunk is decoded and read
 * (in parallel when it is large). Only one batch of results is in memory at once.
 *
 * @param <R> the result type
 */
final class ReadCursor<R> implements Cursor<R> {

    private final MongoCursor<RawBsonDocument> cursor;
    private final Function<List<RawBsonDocument>, List<R>> readChunk;
    private final Function<MongoException, RuntimeException> translate;
    private Iterator<R> chunk = List.<R>of().iterator();
    private boolean closed;

    ReadCursor(MongoCursor<RawBsonDocument> cursor, Function<List<RawBsonDocument>, List<R>> readChunk,
            Function<MongoException, RuntimeException> translate) {
        this.cursor = cursor;
        this.readChunk = readChunk;
        this.translate = translate;
    }

    @Override
    public boolean hasNext() {
        if (chunk.hasNext()) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            if (!cursor.hasNext()) {
                close();
                return false;
            }
            List<RawBsonDocument> documents = new ArrayList<>(Math.max(1, cursor.available()));
            documents.add(cursor.next());
            for (int waiting = cursor.available(); waiting > 0; waiting--) {
                documents.add(cursor.next());
            }
            chunk = readChunk.apply(documents).iterator();
            return chunk.hasNext();
        } catch (MongoException failure) {
            close();
            throw translate.apply(failure);
        } catch (RuntimeException failure) {
            close();
            throw failure;
        }
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cursor is exhausted");
        }
        return chunk.next();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cursor.close();
        }
    }
}
