package io.databridge.odm.codec;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.internal.BsonSource;
import io.databridge.odm.codec.internal.DecodingFailure;
import io.databridge.odm.codec.internal.SharedLayouts;

/**
 * Decodes BSON documents into value trees, one batch at a time.
 *
 * <p>Laws: for every document this codec encodes, {@code decode(encode(d)).equals(d)}; for bytes the BSON library
 * writes, the tree holds the same values. Nothing is read past a document's declared length; invalid bytes raise a
 * {@link MalformedDocumentException} and no partial tree. Invalid UTF-8 is refused, never replaced. Documents of one
 * shape share one field layout and allocate no name strings after the first. Not thread-safe: one per thread (see
 * {@link BatchDecoder} for parallel batches).
 */
public final class DocumentDecoder {

    private final BsonSource source;

    /** Creates a decoder. */
    public DocumentDecoder() {
        this.source = new BsonSource();
    }

    /** Creates a decoder that shares its layouts with the other decoders of a batch decoder. */
    DocumentDecoder(SharedLayouts layouts) {
        this.source = new BsonSource(layouts);
    }

    /**
     * Decodes one document.
     *
     * @param bytes the buffer
     * @param offset where the document starts
     * @param length its length in bytes
     * @return the document
     * @throws MalformedDocumentException if the bytes are not one valid BSON document
     */
    public DocumentValue decode(byte[] bytes, int offset, int length) {
        try {
            return source.document(bytes, offset, length);
        } catch (DecodingFailure failure) {
            throw new MalformedDocumentException(failure.path(), failure.problem());
        } catch (IndexOutOfBoundsException overrun) {
            throw new MalformedDocumentException("", "lengths that stay within the document (" + overrun.getMessage()
                    + ")");
        }
    }

    /**
     * Decodes a whole array.
     *
     * @param bytes exactly one document
     * @return the document
     * @throws MalformedDocumentException if the bytes are not one valid BSON document
     */
    public DocumentValue decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
