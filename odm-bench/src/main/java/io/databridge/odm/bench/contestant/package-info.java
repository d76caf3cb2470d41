/**
 * The libraries under test, behind one small SPI.
 *
 * <p>A {@link io.databridge.odm.bench.contestant.Contestant} is set up once against the shared
 * {@link io.databridge.odm.bench.contestant.BenchTarget}; for each document kind and batch size it converts
 * the neutral records into its own entity type ahead of time and returns an
 * {@link io.databridge.odm.bench.contestant.EntityBatch}, whose {@code insert()} is the only timed call.
 * {@link io.databridge.odm.bench.contestant.ContestantRegistry} lists them by name and holds the slot where
 * data-bridge itself is registered. Implementations live in sub-packages, one per library.
 *
 * <p>The write workloads ({@code mixed-bulk}, {@code save-all}) need versioned entities and more than an insert: a
 * contestant that takes part offers {@link io.databridge.odm.bench.contestant.VersionedUserWrites} through
 * {@link io.databridge.odm.bench.contestant.Contestant#versionedUserWrites()}, whose
 * {@link io.databridge.odm.bench.contestant.WriteBatch}es seed the collection untimed and then write, timed. The
 * others return nothing there and simply do not appear in those workloads.
 */
package io.databridge.odm.bench.contestant;
