/**
 * The embedded MongoDB stand-in ({@code de.bwaldvogel:mongo-java-server}, memory backend) in its own JVM.
 * {@link io.databridge.odm.bench.server.IdLookupBackend} makes the memory backend look up a versioned write's
 * {@code {_id, version}} filter through the {@code _id} index, as MongoDB does, instead of scanning the collection.
 *
 * <p>{@link io.databridge.odm.bench.server.EmbeddedServerMain} is the child's entry point; it announces its
 * port with one {@code READY <port>} line on stdout and serves until its stdin closes.
 * {@link io.databridge.odm.bench.server.ServerProcess} starts that child with the parent's java binary,
 * classpath and heap flags, and stops it when closed or when the parent JVM exits. Known server facts that
 * shape the client settings: no {@code hello} (never configure a {@code ServerApi}), {@code maxWriteBatchSize}
 * 1000, no wire compression, no sessions.
 */
package io.databridge.odm.bench.server;
