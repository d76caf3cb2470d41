package io.databridge.odm.bench.contestant;

import com.mongodb.bulk.BulkWriteResult;

/**
 * Checks the driver's counts of a bulk write whose versioned replaces a library does not check itself: a replace
 * whose filter ({@code _id} and stored version) matches nothing is no error to the server, only a smaller matched
 * count, so the application must compare the counts to detect a version conflict.
 */
public final class BulkCounts {

    private BulkCounts() {
    }

    /**
     * Checks a {@code mixed-bulk} write of N inserts, N versioned replaces, N updates by id and N deletes by id.
     *
     * @param collection the collection, for the message
     * @param result the driver's result
     * @param n N
     * @return the operations done, 4N
     * @throws IllegalStateException if any operation did not apply, naming the counts
     */
    public static long mixedBulk(String collection, BulkWriteResult result, int n) {
        require(collection, result, n, 2 * n, n);
        return 4L * n;
    }

    /**
     * Checks a save of new entities (inserts) and versioned replaces of stored ones.
     *
     * @param collection the collection, for the message
     * @param result the driver's result
     * @param inserts how many entities were new
     * @param replaces how many were stored before
     * @return the entities saved
     * @throws IllegalStateException if an insert or replace did not apply, naming the counts
     */
    public static long saved(String collection, BulkWriteResult result, int inserts, int replaces) {
        require(collection, result, inserts, replaces, 0);
        return (long) inserts + replaces;
    }

    private static void require(String collection, BulkWriteResult result, int inserted, int matched, int deleted) {
        if (result.getInsertedCount() != inserted || result.getMatchedCount() != matched
                || result.getDeletedCount() != deleted) {
            throw new IllegalStateException("bulk write into " + collection + " did not apply every operation"
                    + " (a version conflict?): inserted " + result.getInsertedCount() + "/" + inserted + ", matched "
                    + result.getMatchedCount() + "/" + matched + ", deleted " + result.getDeletedCount() + "/"
                    + deleted);
        }
    }
}
