/**
 * Workloads: what one timed repetition does with a contestant's batch. {@link
 * io.databridge.odm.bench.workload.InsertWorkload} and {@link io.databridge.odm.bench.workload.FindWorkload} run every
 * contestant's {@link io.databridge.odm.bench.contestant.EntityBatch} and pass the correctness gate first; the write
 * workloads {@link io.databridge.odm.bench.workload.MixedBulkWorkload} and
 * {@link io.databridge.odm.bench.workload.SaveAllWorkload} run the versioned "user" writes of the contestants that
 * offer them, at N from 100 to 10,000, and check every repetition's stored outcome instead. A new workload is a new
 * implementation of {@link io.databridge.odm.bench.workload.Workload}, registered in {@code SideBySide}'s list.
 */
package io.databridge.odm.bench.workload;
