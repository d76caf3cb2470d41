package io.databridge.odm.api.value;

import java.util.Objects;
import java.util.UUID;

/**
 * A UUID, stored in the standard binary representation (binary subtype 4, most significant byte first).
 *
 * @param value the UUID, never {@code null}
 */
public record UuidValue(UUID value) implements ExtractedValue {

    /**
     * Creates a UUID value.
     *
     * @param value the UUID, must not be {@code null}
     */
    public UuidValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "uuid";
    }
}
