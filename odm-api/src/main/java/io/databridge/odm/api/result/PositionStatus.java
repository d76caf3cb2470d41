package io.databridge.odm.api.result;

/** What happened to one document of a bulk write. */
public enum PositionStatus {
    /** The server acknowledged the write. */
    WRITTEN,
    /** The server refused this document; the report holds its {@link WriteError}. */
    FAILED,
    /** Never sent: an ordered write stopped at an earlier failure, or the write was interrupted before it. */
    NOT_ATTEMPTED,
    /** Sent, but the connection failed before the reply: it may or may not have been written. */
    UNKNOWN
}
