/**
 * JMH benchmarks of the client side alone (no server). The annotation processor generates their harness at
 * compile time; run them with the {@code jmh} Maven profile, e.g.
 * {@code ./mvnw -pl odm-bench -DskipTests -Pjmh verify -Djmh.args="ClientEncodeBenchmark -prof gc"}.
 * JMH requires benchmark state classes to be public and not final (it subclasses them).
 */
package io.databridge.odm.bench.jmh;
