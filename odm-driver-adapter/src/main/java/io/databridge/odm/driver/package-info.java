/**
 * The composition root on the official MongoDB Java driver: {@link io.databridge.odm.driver.MongoOdm} connects from a
 * connection string or wraps an existing {@code MongoClient}, and wires the mapping core, the codec and the driver
 * store together. Everything else of this module is internal.
 */
@NullMarked
package io.databridge.odm.driver;

import org.jspecify.annotations.NullMarked;
