package io.databridge.odm.api.spi;

import io.databridge.odm.api.value.ExtractedValue;

/**
 * Converts a Java type the mapping core does not know into one stored value and back.
 *
 * <p>Implementations are stateless and thread-safe; the core calls them on any thread. The round-trip law holds for
 * every non-null {@code value}: {@code fromStored(toStored(value)).equals(value)}.
 *
 * @param <J> the Java type
 */
public interface ValueConverter<J> {

    /**
     * The Java type converted. A converter applies to fields declared with exactly this type.
     *
     * @return the Java type, never {@code null}
     */
    Class<J> javaType();

    /**
     * The kind of stored value {@link #toStored} returns, so that the core can decide, when it builds a type's model,
     * what a field holds (for example, that an id field holds ObjectIds and can therefore be generated).
     *
     * @return the stored value class, never {@code null}
     */
    Class<? extends ExtractedValue> storedType();

    /**
     * Converts a Java value for storage.
     *
     * @param value never {@code null}
     * @return a value of {@link #storedType()}, never {@code null}
     */
    ExtractedValue toStored(J value);

    /**
     * Converts a stored value back.
     *
     * @param stored a value of {@link #storedType()}, never {@code null}
     * @return the Java value, never {@code null}
     * @throws IllegalArgumentException if {@code stored} is not of {@link #storedType()}
     */
    J fromStored(ExtractedValue stored);
}
