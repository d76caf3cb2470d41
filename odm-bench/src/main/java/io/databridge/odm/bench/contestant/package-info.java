/**
 * The libraries under test, behind one small SPI.
 *
 * <p>A {@link io.databridge.odm.bench.contestant.Contestant} is set up once against the shared
 * {@link io.databridge.odm.bench.contestant.BenchTarget}; for each document kind and batch size it converts
 * the neutral records into its own entity type ahead of time and returns an
 * {@link io.databridge.odm.bench.contestant.EntityBatch}, whose {@code insert()} is the only timed call.
 * {@link io.databridge.odm.bench.contestant.ContestantRegistry} lists them by name and holds the slot where
 * data-bridge itself is registered. Implementations live in sub-packages, one per library.
 */
package io.databridge.odm.bench.contestant;
