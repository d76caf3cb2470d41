package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.StringValue;
import java.util.HashMap;
import java.util.Map;

/** Stores an enum constant by name; the name values are made once, so extraction allocates nothing. */
public final class EnumMapper implements ValueMapper {

    private final Class<? extends Enum<?>> enumType;
    private final StringValue[] namesByOrdinal;
    private final Map<String, Enum<?>> constantsByName = new HashMap<>();
    private final String expected;

    /**
     * Creates the mapper of an enum type.
     *
     * @param enumType the enum
     */
    public EnumMapper(Class<? extends Enum<?>> enumType) {
        this.enumType = enumType;
        Enum<?>[] constants = enumType.getEnumConstants();
        this.namesByOrdinal = new StringValue[constants.length];
        for (Enum<?> constant : constants) {
            namesByOrdinal[constant.ordinal()] = new StringValue(constant.name());
            constantsByName.put(constant.name(), constant);
        }
        this.expected = "the name of a " + enumType.getSimpleName() + " constant, one of " + constantsByName.keySet();
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        return namesByOrdinal[((Enum<?>) value).ordinal()];
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        Enum<?> constant = value instanceof StringValue name ? constantsByName.get(name.value()) : null;
        if (constant == null) {
            throw Found.mismatch(expected, value);
        }
        return constant;
    }

    @Override
    public Class<?> javaType() {
        return enumType;
    }
}
