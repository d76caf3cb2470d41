/** {@code data-bridge}: this project, through its public API only ({@code MongoOdm} and repositories). */
@NullMarked
package io.databridge.odm.bench.contestant.databridge;

import org.jspecify.annotations.NullMarked;
