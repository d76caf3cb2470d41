package io.databridge.odm.api.error;

import java.util.Objects;

/**
 * One reason a type cannot be mapped.
 *
 * @param type the type whose model was being built (the entity, or the embedded type the problem lies in)
 * @param path the field path from {@code type}, e.g. {@code lines[].product}; empty for the type itself
 * @param found what the type declares there, e.g. {@code java.lang.Thread}
 * @param expected what would be accepted instead
 */
public record MappingProblem(Class<?> type, String path, String found, String expected) {

    /**
     * Creates a problem.
     *
     * @param type the type, must not be {@code null}
     * @param path the path, must not be {@code null}
     * @param found what was found, must not be {@code null}
     * @param expected what was expected, must not be {@code null}
     */
    public MappingProblem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * Describes the problem in one line.
     *
     * @return e.g. {@code com.acme.Order.worker: found java.lang.Thread; expected a supported value type}
     */
    public String describe() {
        String where = path.isEmpty() ? type.getName() : type.getName() + "." + path;
        return where + ": found " + found + "; expected " + expected;
    }
}
