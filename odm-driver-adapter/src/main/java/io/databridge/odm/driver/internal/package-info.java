/**
 * The {@link io.databridge.odm.api.store.DocumentStore} on the MongoDB sync driver: the insert pipeline that encodes
 * the next batch while the previous one is on the wire, the server limits it plans with, and the translation of
 * driver exceptions into the api's errors and reports. Nothing from the driver leaves this package. Not API.
 */
@NullMarked
package io.databridge.odm.driver.internal;

import org.jspecify.annotations.NullMarked;
