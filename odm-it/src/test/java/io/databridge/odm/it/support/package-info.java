/** Where the integration tests' MongoDB comes from, and the helpers that read stored documents back raw. */
@NullMarked
package io.databridge.odm.it.support;

import org.jspecify.annotations.NullMarked;
