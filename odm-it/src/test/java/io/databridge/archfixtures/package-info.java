/**
 * Fixtures for the architecture rules: a small well-formed architecture under this root ({@code api},
 * {@code mapping}, {@code codec}, {@code driver}, mimicking the modules) and, next to it, classes that each break
 * a rule on purpose. The production rules never import this tree; {@code ArchitectureRulesFailOnFixturesTest}
 * imports the well-formed classes together with one defect at a time.
 *
 * <p>Only the classes listed in {@code FixtureCase} are imported, so a defect lives in one top-level class with no
 * nested, anonymous or lambda classes.
 */
@NullMarked
package io.databridge.archfixtures;

import org.jspecify.annotations.NullMarked;
