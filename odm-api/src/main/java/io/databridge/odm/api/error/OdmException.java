package io.databridge.odm.api.error;

import java.io.Serial;

/** The root of every error data-bridge raises. Unchecked; each subclass says what went wrong and where. */
public abstract sealed class OdmException extends RuntimeException
        permits MappingException, InvalidEntityException, DocumentTooLargeException, DuplicateKeyException,
                BulkWriteException, StoreException, StoredDocumentException, InvalidQueryException,
                OptimisticLockException, IndexConflictException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error.
     *
     * @param message the full message
     */
    protected OdmException(String message) {
        super(message);
    }

    /**
     * Creates an error with a cause.
     *
     * @param message the full message
     * @param cause the underlying error
     */
    protected OdmException(String message, Throwable cause) {
        super(message, cause);
    }
}
