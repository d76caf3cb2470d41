/**
 * How operations are acknowledged and where they read: write concern, read concern and read preference, settable per
 * repository ({@code repository.with(options)}) and so per operation. Plain values with no driver types; the driver
 * adapter translates them. Options left unset inherit the client's.
 */
@NullMarked
package io.databridge.odm.api.options;

import org.jspecify.annotations.NullMarked;
