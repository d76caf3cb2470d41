/**
 * Integration tests of the whole stack against the MongoDB that {@link io.databridge.odm.it.support.TestMongo}
 * resolves: a URI from the environment, else Testcontainers when Docker answers, else the embedded server.
 */
@NullMarked
package io.databridge.odm.it;

import org.jspecify.annotations.NullMarked;
