/**
 * The architecture rules of data-bridge (DESIGN.md, "Modules and the direction of dependencies") as ArchUnit rules,
 * checked on the production modules and shown to fail on the fixtures in {@code io.databridge.archfixtures}.
 */
@NullMarked
package io.databridge.odm.it.architecture;

import org.jspecify.annotations.NullMarked;
