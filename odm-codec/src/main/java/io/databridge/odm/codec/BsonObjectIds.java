package io.databridge.odm.codec;

import io.databridge.odm.api.spi.ObjectIdGenerator;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.ObjectIdValue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.bson.types.ObjectId;

/**
 * The BSON library's {@link ObjectId} for the mapping core: a converter, so entities can declare {@code ObjectId}
 * fields and ids, and a generator of new ids (the library's algorithm: time, a per-process random value, a counter).
 */
public final class BsonObjectIds {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private BsonObjectIds() {
    }

    /**
     * Returns the converter between {@link ObjectId} and {@link ObjectIdValue}.
     *
     * @return the converter
     */
    public static ValueConverter<ObjectId> converter() {
        return Converter.INSTANCE;
    }

    /**
     * Returns a generator of new ObjectIds.
     *
     * @return the generator
     */
    public static ObjectIdGenerator generator() {
        return () -> toValue(new ObjectId());
    }

    /**
     * Converts an ObjectId.
     *
     * @param objectId the id
     * @return the same 12 bytes as a value
     */
    public static ObjectIdValue toValue(ObjectId objectId) {
        byte[] bytes = objectId.toByteArray();
        return new ObjectIdValue((int) INT.get(bytes, 0), (long) LONG.get(bytes, 4));
    }

    /**
     * Converts back.
     *
     * @param value the value
     * @return the ObjectId with the same 12 bytes
     */
    public static ObjectId toObjectId(ObjectIdValue value) {
        return new ObjectId(value.toBytes());
    }

    private enum Converter implements ValueConverter<ObjectId> {
        INSTANCE;

        @Override
        public Class<ObjectId> javaType() {
            return ObjectId.class;
        }

        @Override
        public Class<? extends ExtractedValue> storedType() {
            return ObjectIdValue.class;
        }

        @Override
        public ExtractedValue toStored(ObjectId value) {
            return toValue(value);
        }

        @Override
        public ObjectId fromStored(ExtractedValue stored) {
            if (stored instanceof ObjectIdValue objectId) {
                return toObjectId(objectId);
            }
            throw new IllegalArgumentException("expected an objectId, found a " + stored.typeName() + ": " + stored);
        }
    }
}
