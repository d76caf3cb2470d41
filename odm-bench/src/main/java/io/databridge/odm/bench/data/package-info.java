/**
 * The benchmark's data: the neutral records {@link io.databridge.odm.bench.data.User} and
 * {@link io.databridge.odm.bench.data.Rich}, their deterministic generator, and the
 * {@link io.databridge.odm.bench.data.DocumentKind} that names them on the command line; and the neutral
 * content of the write workloads ({@link io.databridge.odm.bench.data.MixedBulkScenario},
 * {@link io.databridge.odm.bench.data.SaveAllScenario}), built from the same "user" records.
 *
 * <p>The records are plain, immutable Java records; every contestant converts them into its own entity type
 * before any timer starts. Values look like the seed's benchmark data but are generated here from a fixed
 * seed, so every run (and every contestant) sees exactly the same documents and {@code _id}s.
 */
package io.databridge.odm.bench.data;
