/**
 * The byte-level writer behind the encoder: a little-endian sink over a pre-sized array, UTF-8 with an ASCII fast path,
 * decimal128 without the BSON library's bit-by-bit conversion, and size bounds. Not API.
 */
@NullMarked
package io.databridge.odm.codec.internal;

import org.jspecify.annotations.NullMarked;
