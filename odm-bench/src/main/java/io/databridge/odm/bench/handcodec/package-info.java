/**
 * Hand-written driver codecs for the neutral records: the fastest mapping the plain driver offers, used as
 * the {@code hand-codec} contestant, to pre-encode the {@code floor-rawbson} documents, and by the JMH
 * client-side baseline.
 *
 * <p>Each codec writes the fields in declared order with {@code _id} first, calling the typed
 * {@link org.bson.BsonWriter} methods directly; its decoder reads fields by name and skips unknown ones.
 */
package io.databridge.odm.bench.handcodec;
