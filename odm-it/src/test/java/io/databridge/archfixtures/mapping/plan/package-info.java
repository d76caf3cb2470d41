/**
 * One half of a package cycle inside the fixture mapping: {@code plan} uses {@code step}, which uses {@code plan}.
 */
@NullMarked
package io.databridge.archfixtures.mapping.plan;

import org.jspecify.annotations.NullMarked;
