/**
 * {@link io.databridge.odm.api.value.ExtractedValue} trees to BSON bytes: serially with
 * {@link io.databridge.odm.codec.DocumentEncoder}, in parallel across cores with
 * {@link io.databridge.odm.codec.BatchEncoder} once a batch is large enough to pay for the hand-off.
 *
 * <p>Knows the BSON library (for ObjectId and decimal128) and never the driver. The bytes are exactly those the
 * driver's own codecs write for the same values, field order included; tests hold that byte for byte.
 */
@NullMarked
package io.databridge.odm.codec;

import org.jspecify.annotations.NullMarked;
