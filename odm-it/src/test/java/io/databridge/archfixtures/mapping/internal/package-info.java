/**
 * The fixture mapping's internals: used by the mapping itself (allowed) and by a driver class (not allowed).
 */
@NullMarked
package io.databridge.archfixtures.mapping.internal;

import org.jspecify.annotations.NullMarked;
