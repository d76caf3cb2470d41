/**
 * Workloads: what one timed repetition does with a contestant's {@link
 * io.databridge.odm.bench.contestant.EntityBatch}. Today {@link io.databridge.odm.bench.workload.InsertWorkload};
 * a new workload (e.g. "find all N and materialize") is a new implementation of
 * {@link io.databridge.odm.bench.workload.Workload}, registered in the runner's list.
 */
package io.databridge.odm.bench.workload;
