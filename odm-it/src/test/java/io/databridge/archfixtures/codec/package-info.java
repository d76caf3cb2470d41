/**
 * The fixture codec: an encoder (well-formed) and encoders that reach where a codec must not.
 */
@NullMarked
package io.databridge.archfixtures.codec;

import org.jspecify.annotations.NullMarked;
