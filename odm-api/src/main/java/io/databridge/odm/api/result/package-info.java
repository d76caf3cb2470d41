/**
 * What a write did, position by position: written, failed with an error, not attempted, or unknown because the
 * connection was lost while it was on the wire. These are values, not exceptions, because partial failure of a bulk
 * write is an expected outcome that callers inspect.
 */
@NullMarked
package io.databridge.odm.api.result;

import org.jspecify.annotations.NullMarked;
