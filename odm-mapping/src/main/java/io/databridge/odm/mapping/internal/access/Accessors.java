package io.databridge.odm.mapping.internal.access;

import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;

/**
 * Makes getters, once per component or field, when a type's model is built.
 *
 * <p>Record accessors become {@link LambdaMetafactory} instances of the getter interfaces: a plain interface call at
 * run time, inlinable where the call site allows. Fields, which the metafactory cannot target, get a method handle
 * adapted once. Both need deep reflective access to the owner's package: in a named module, {@code opens} the package
 * to {@code io.databridge.odm.mapping}.
 */
public final class Accessors {

    private Accessors() {
    }

    /**
     * Returns a lookup with full access to a class, the precondition of every getter and constructor made for it.
     *
     * @param owner the entity or embedded class
     * @return the private lookup
     * @throws AccessException if the owner's package is not open to this module
     */
    public static MethodHandles.Lookup privateLookup(Class<?> owner) throws AccessException {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        } catch (IllegalAccessException | SecurityException e) {
            throw new AccessException("package " + owner.getPackageName() + " is not open to data-bridge: add 'opens "
                    + owner.getPackageName() + " to io.databridge.odm.mapping' to its module-info", e);
        }
    }

    /**
     * Makes a getter for a record component or field of kind {@code int}.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter
     * @throws AccessException if the member cannot be accessed
     */
    public static IntGetter intGetter(Object member, MethodHandles.Lookup lookup) throws AccessException {
        MethodHandle handle = getterHandle(member, lookup);
        IntGetter fast = member instanceof RecordComponent ? metafactory(IntGetter.class, int.class, handle, lookup) : null;
        return fast != null ? fast : FieldGetters.ofInt(handle);
    }

    /**
     * Makes a getter for a record component or field of kind {@code long}.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter
     * @throws AccessException if the member cannot be accessed
     */
    public static LongGetter longGetter(Object member, MethodHandles.Lookup lookup) throws AccessException {
        MethodHandle handle = getterHandle(member, lookup);
        LongGetter fast = member instanceof RecordComponent ? metafactory(LongGetter.class, long.class, handle, lookup) : null;
        return fast != null ? fast : FieldGetters.ofLong(handle);
    }

    /**
     * Makes a getter for a record component or field of kind {@code double}.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter
     * @throws AccessException if the member cannot be accessed
     */
    public static DoubleGetter doubleGetter(Object member, MethodHandles.Lookup lookup) throws AccessException {
        MethodHandle handle = getterHandle(member, lookup);
        DoubleGetter fast = member instanceof RecordComponent ? metafactory(DoubleGetter.class, double.class, handle, lookup) : null;
        return fast != null ? fast : FieldGetters.ofDouble(handle);
    }

    /**
     * Makes a getter for a record component or field of kind {@code boolean}.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter
     * @throws AccessException if the member cannot be accessed
     */
    public static BooleanGetter booleanGetter(Object member, MethodHandles.Lookup lookup) throws AccessException {
        MethodHandle handle = getterHandle(member, lookup);
        BooleanGetter fast = member instanceof RecordComponent ? metafactory(BooleanGetter.class, boolean.class, handle, lookup) : null;
        return fast != null ? fast : FieldGetters.ofBoolean(handle);
    }

    /**
     * Makes a getter for a record component or field of any other type; primitives arrive boxed.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter
     * @throws AccessException if the member cannot be accessed
     */
    public static ObjectGetter objectGetter(Object member, MethodHandles.Lookup lookup) throws AccessException {
        MethodHandle handle = getterHandle(member, lookup);
        ObjectGetter fast = member instanceof RecordComponent ? metafactory(ObjectGetter.class, Object.class, handle, lookup) : null;
        return fast != null ? fast : FieldGetters.ofObject(handle);
    }

    /**
     * Returns the method handle of a record's canonical constructor.
     *
     * @param record the record class
     * @param lookup a private lookup in it
     * @return the constructor handle, typed as declared
     * @throws AccessException if the constructor cannot be accessed
     */
    public static MethodHandle canonicalConstructor(Class<?> record, MethodHandles.Lookup lookup)
            throws AccessException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return lookup.findConstructor(record, MethodType.methodType(void.class, types));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AccessException("cannot access the canonical constructor of " + record.getName(), e);
        }
    }

    /**
     * Returns a handle that writes a field, for assigning a generated id to a mutable entity.
     *
     * @param field a non-final instance field
     * @param lookup a private lookup in its class
     * @return the setter handle
     * @throws AccessException if the field cannot be written
     */
    public static MethodHandle fieldSetter(Field field, MethodHandles.Lookup lookup) throws AccessException {
        try {
            return lookupFor(field, lookup).unreflectSetter(field);
        } catch (IllegalAccessException e) {
            throw new AccessException("cannot write " + describe(field), e);
        }
    }

    /**
     * Returns a handle that reads a record component or field, typed as declared.
     *
     * @param member a {@link RecordComponent} or {@link Field}
     * @param lookup a private lookup in the owner
     * @return the getter handle
     * @throws AccessException if the member cannot be read
     */
    public static MethodHandle getterHandle(Object member, MethodHandles.Lookup lookup) throws AccessException {
        if (member instanceof RecordComponent component) {
            try {
                return lookup.unreflect(component.getAccessor());
            } catch (IllegalAccessException e) {
                throw new AccessException("cannot call " + component.getDeclaringRecord().getName() + "."
                        + component.getName() + "()", e);
            }
        }
        return fieldHandle((Field) member, lookup);
    }

    private static MethodHandle fieldHandle(Field field, MethodHandles.Lookup lookup) throws AccessException {
        try {
            return lookupFor(field, lookup).unreflectGetter(field);
        } catch (IllegalAccessException e) {
            throw new AccessException("cannot read " + describe(field), e);
        }
    }

    /**
     * Spins a getter class over a record accessor. Returns {@code null} when the metafactory cannot (for instance
     * when the record's class loader does not see the getter interface); the caller then uses the handle directly.
     */
    private static <G> @Nullable G metafactory(Class<G> getterType, Class<?> erasedReturn, MethodHandle accessor,
            MethodHandles.Lookup lookup) {
        MethodType erased = MethodType.methodType(erasedReturn, Object.class);
        try {
            return getterType.cast(LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(getterType),
                    erased, accessor, accessor.type()).getTarget().invoke());
        } catch (LambdaConversionException | LinkageError | IllegalArgumentException e) {
            return null;
        } catch (Throwable e) {
            throw FieldGetters.rethrow(e);
        }
    }

    /** A superclass's private field needs a lookup in the superclass. */
    private static MethodHandles.Lookup lookupFor(Field field, MethodHandles.Lookup lookup) throws AccessException {
        Class<?> declaring = field.getDeclaringClass();
        return lookup.lookupClass() == declaring ? lookup : privateLookup(declaring);
    }

    private static String describe(Member member) {
        return member.getDeclaringClass().getName() + "." + member.getName();
    }
}
