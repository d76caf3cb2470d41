package io.databridge.odm.bench.run;

import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.stats.Summary;

/**
 * The measured outcome for one workload, document kind, contestant and batch size; times in milliseconds per
 * operation.
 *
 * @param workload the workload name, e.g. {@code "insert"}
 * @param document the document kind
 * @param contestant the contestant name
 * @param n the batch size
 * @param summary median and p90 of the samples, in ms
 */
public record Result(String workload, DocumentKind document, String contestant, int n, Summary summary) {
}
