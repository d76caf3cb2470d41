package io.databridge.odm.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * Encoded documents in input order, stored back to back in one or more byte arrays (one per parallel chunk), each
 * document addressed by its array, offset and length: the shape {@code RawBsonDocument(bytes, offset, length)} takes
 * without a copy. Immutable once built; the arrays are shared, not copied, so callers must not change them.
 */
public final class EncodedBatch {

    private final byte[][] chunks;
    private final int[] chunkStarts;
    private final int[][] offsets;
    private final int size;

    EncodedBatch(byte[][] chunks, int[][] offsets) {
        this.chunks = chunks;
        this.offsets = offsets;
        this.chunkStarts = new int[chunks.length + 1];
        for (int i = 0; i < chunks.length; i++) {
            chunkStarts[i + 1] = chunkStarts[i] + offsets[i].length - 1;
        }
        this.size = chunkStarts[chunks.length];
    }

    /**
     * Joins batches encoded in parallel, in order, without copying their bytes.
     *
     * @param parts consecutive parts of one batch
     * @return one batch over all parts
     */
    static EncodedBatch concat(EncodedBatch... parts) {
        int total = 0;
        for (EncodedBatch part : parts) {
            total += part.chunks.length;
        }
        byte[][] chunks = new byte[total][];
        int[][] offsets = new int[total][];
        int at = 0;
        for (EncodedBatch part : parts) {
            for (int i = 0; i < part.chunks.length; i++, at++) {
                chunks[at] = part.chunks[i];
                offsets[at] = part.offsets[i];
            }
        }
        return new EncodedBatch(chunks, offsets);
    }

    /**
     * Returns the number of documents.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Passes every document to a consumer, in input order.
     *
     * @param consumer receives the position, the shared array, the offset and the length of each document
     */
    public void forEach(DocumentBytesConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer");
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            int[] chunkOffsets = offsets[chunk];
            for (int i = 0; i + 1 < chunkOffsets.length; i++) {
                consumer.accept(chunkStarts[chunk] + i, chunks[chunk], chunkOffsets[i],
                        chunkOffsets[i + 1] - chunkOffsets[i]);
            }
        }
    }

    /**
     * Returns a copy of one document's bytes.
     *
     * @param position from 0 to {@code size() - 1}
     * @return a new array holding exactly that document
     */
    public byte[] toByteArray(int position) {
        Objects.checkIndex(position, size);
        int chunk = 0;
        while (chunkStarts[chunk + 1] <= position) {
            chunk++;
        }
        int index = position - chunkStarts[chunk];
        return Arrays.copyOfRange(chunks[chunk], offsets[chunk][index], offsets[chunk][index + 1]);
    }

    /** Receives one encoded document. */
    @FunctionalInterface
    public interface DocumentBytesConsumer {

        /**
         * Receives a document.
         *
         * @param position its position in the batch
         * @param bytes the shared array holding it (do not modify)
         * @param offset where it starts
         * @param length its length in bytes
         */
        void accept(int position, byte[] bytes, int offset, int length);
    }
}
