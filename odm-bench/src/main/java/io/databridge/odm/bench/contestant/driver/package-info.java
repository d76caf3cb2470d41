/**
 * Contestants on the plain MongoDB Java driver with the records as entities: {@code hand-codec} (a
 * hand-written {@code Codec}), {@code driver-document} ({@code org.bson.Document}s built inside the timed
 * call) and {@code floor-rawbson} (documents encoded before the timer: zero mapping, the reference every
 * other contestant's documents are checked against).
 */
package io.databridge.odm.bench.contestant.driver;
