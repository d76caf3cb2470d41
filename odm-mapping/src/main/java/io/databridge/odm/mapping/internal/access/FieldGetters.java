package io.databridge.odm.mapping.internal.access;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;

/**
 * Getters over a field's method handle. The handle is adapted once to an erased type, so every call is one
 * {@code invokeExact} with no boxing for the primitive kinds.
 */
final class FieldGetters {

    private FieldGetters() {
    }

    static IntGetter ofInt(MethodHandle getter) {
        MethodHandle handle = getter.asType(MethodType.methodType(int.class, Object.class));
        return owner -> {
            try {
                return (int) handle.invokeExact(owner);
            } catch (Throwable failure) {
                throw rethrow(failure);
            }
        };
    }

    static LongGetter ofLong(MethodHandle getter) {
        MethodHandle handle = getter.asType(MethodType.methodType(long.class, Object.class));
        return owner -> {
            try {
                return (long) handle.invokeExact(owner);
            } catch (Throwable failure) {
                throw rethrow(failure);
            }
        };
    }

    static DoubleGetter ofDouble(MethodHandle getter) {
        MethodHandle handle = getter.asType(MethodType.methodType(double.class, Object.class));
        return owner -> {
            try {
                return (double) handle.invokeExact(owner);
            } catch (Throwable failure) {
                throw rethrow(failure);
            }
        };
    }

    static BooleanGetter ofBoolean(MethodHandle getter) {
        MethodHandle handle = getter.asType(MethodType.methodType(boolean.class, Object.class));
        return owner -> {
            try {
                return (boolean) handle.invokeExact(owner);
            } catch (Throwable failure) {
                throw rethrow(failure);
            }
        };
    }

    static ObjectGetter ofObject(MethodHandle getter) {
        MethodHandle handle = getter.asType(MethodType.methodType(Object.class, Object.class));
        return owner -> {
            try {
                return (@Nullable Object) handle.invokeExact(owner);
            } catch (Throwable failure) {
                throw rethrow(failure);
            }
        };
    }

    /** Errors and runtime exceptions pass unchanged; a field read throws nothing checked. */
    static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("unexpected checked exception from a field read", failure);
    }
}
