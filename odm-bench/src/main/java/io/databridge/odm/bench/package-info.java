/**
 * The side-by-side benchmark of data-bridge against the Java alternatives for MongoDB: bulk insert of N
 * entities into an embedded server in its own JVM on loopback, find all, and two writes of versioned entities
 * (a mixed ordered bulk write and a "save all"). {@link io.databridge.odm.bench.SideBySide}
 * is the command-line entry point; the sub-packages hold the data, the contestants, the workloads, the
 * measurement method, statistics, reports, the server process and the JMH client-side baselines.
 */
package io.databridge.odm.bench;
