/**
 * The measurement method, reproduced from the prior peer benchmark: per document kind, workload and batch
 * size N, warm-up rounds, a correctness gate (for the insert and find workloads; the write workloads check each
 * repetition's outcome instead), then measured rounds in which the contestants take turns, the
 * starting contestant rotating each round. One sample is the mean of several repetitions (50/20/5/1/1 for
 * N = 10/100/1,000/10,000/50,000); each repetition times only the workload's operation with
 * {@code System.nanoTime}. Reports use the median sample.
 */
package io.databridge.odm.bench.run;
