package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;
import java.lang.invoke.MethodHandle;

/**
 * Stores a single-component record (a value object such as {@code record OrderId(String value)}) as the value of its
 * component, not as a document, and reads it back through its canonical constructor.
 */
public final class ValueObjectMapper implements ValueMapper {

    private final Class<?> type;
    private final PropertyModel component;
    private final MethodHandle constructor;

    /**
     * Creates the mapper.
     *
     * @param type the record type
     * @param component the record's only component
     * @param constructor the canonical constructor, typed {@code (Object)Object}
     */
    public ValueObjectMapper(Class<?> type, PropertyModel component, MethodHandle constructor) {
        this.type = type;
        this.component = component;
        this.constructor = constructor;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        ExtractedValue stored = component.extract(value, extraction);
        if (stored == null || stored == NullValue.INSTANCE) {
            throw new ExtractionFailure("a " + type.getSimpleName() + " whose " + component.javaName()
                    + " is not null (it is stored as its " + component.javaName() + " alone, so it would read back as"
                    + " a null " + type.getSimpleName() + "; store null instead)", type.getSimpleName() + " with a null "
                    + component.javaName());
        }
        return stored;
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        Object content = component.read(value);
        try {
            return (Object) constructor.invokeExact(content);
        } catch (VirtualMachineError | LinkageError fatal) {
            throw fatal;
        } catch (Throwable refused) {
            throw new ExtractionFailure("a value the constructor of " + type.getName() + " accepts",
                    Found.describe(value) + " (" + refused + ")");
        }
    }

    @Override
    public Class<?> javaType() {
        return type;
    }
}
