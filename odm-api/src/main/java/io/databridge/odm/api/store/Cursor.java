package io.databridge.odm.api.store;

import java.util.Iterator;

/**
 * Results read one server batch at a time. Holds a server cursor until it is exhausted or closed.
 *
 * @param <R> the result type
 */
public interface Cursor<R> extends Iterator<R>, AutoCloseable {

    /** Releases the server cursor. Idempotent. */
    @Override
    void close();
}
