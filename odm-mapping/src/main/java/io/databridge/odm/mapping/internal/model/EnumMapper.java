package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.StringValue;

/** Stores an enum constant by name; the name values are made once, so extraction allocates nothing. */
public final class EnumMapper implements ValueMapper {

    private final StringValue[] namesByOrdinal;

    /**
     * Creates the mapper of an enum type.
     *
     * @param enumType the enum
     */
    public EnumMapper(Class<? extends Enum<?>> enumType) {
        Enum<?>[] constants = enumType.getEnumConstants();
        this.namesByOrdinal = new StringValue[constants.length];
        for (Enum<?> constant : constants) {
            namesByOrdinal[constant.ordinal()] = new StringValue(constant.name());
        }
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        return namesByOrdinal[((Enum<?>) value).ordinal()];
    }
}
