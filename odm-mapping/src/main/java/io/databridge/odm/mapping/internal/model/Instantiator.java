package io.databridge.odm.mapping.internal.model;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Builds an object of a mapped type from its properties' Java values, in property order. Made once per type; the hot
 * path is one method handle call with an argument array (a record's canonical constructor, a class's constructor or
 * static factory) or a no-argument constructor and one setter per field.
 */
public sealed interface Instantiator {

    /**
     * Builds the object.
     *
     * @param values the Java value of each property, in the model's property order
     * @return the object
     * @throws ExtractionFailure if the constructor or factory refuses the values
     */
    Object create(@Nullable Object[] values);

    /**
     * Calls a constructor or factory whose parameters take properties.
     *
     * @param type the type built, for messages
     * @param creator the handle, spread to take an {@code Object[]} and typed to return {@code Object}
     * @param propertyOfParameter for each parameter, the property whose value it takes, or -1 for a parameter that
     *                            is not stored (a transient component), which gets {@code defaults}
     * @param defaults the value of each parameter that is not stored (null, or a primitive's zero)
     */
    record Creator(Class<?> type, MethodHandle creator, int[] propertyOfParameter, @Nullable Object[] defaults)
            implements Instantiator {
        @Override
        public Object create(@Nullable Object[] values) {
            Object[] arguments = new Object[propertyOfParameter.length];
            for (int i = 0; i < arguments.length; i++) {
                int property = propertyOfParameter[i];
                arguments[i] = property < 0 ? defaults[i] : values[property];
            }
            try {
                return (Object) creator.invokeExact(arguments);
            } catch (VirtualMachineError | LinkageError fatal) {
                throw fatal;
            } catch (Throwable refused) {
                throw new ExtractionFailure("values " + type.getName() + " can be built from",
                        Arrays.toString(arguments) + ", refused with " + refused);
            }
        }
    }

    /**
     * Calls a no-argument constructor, then sets each property's field.
     *
     * @param type the type built, for messages
     * @param constructor the no-argument constructor, typed {@code ()Object}
     * @param setters one setter per property, typed {@code (Object, Object)void}; {@code null} for a property without
     *                a field (a generated id)
     */
    record Fields(Class<?> type, MethodHandle constructor, @Nullable MethodHandle[] setters) implements Instantiator {
        @Override
        public Object create(@Nullable Object[] values) {
            try {
                Object created = (Object) constructor.invokeExact();
                for (int i = 0; i < setters.length; i++) {
                    MethodHandle setter = setters[i];
                    if (setter != null) {
                        setter.invokeExact(created, values[i]);
                    }
                }
                return created;
            } catch (VirtualMachineError | LinkageError fatal) {
                throw fatal;
            } catch (Throwable refused) {
                throw new ExtractionFailure("values " + type.getName() + " can be built from",
                        Arrays.toString(values) + ", refused with " + refused);
            }
        }
    }

    /**
     * A type that can be written but not read, and why.
     *
     * @param type the type
     * @param reason what is missing, and how to add it
     */
    record Unreadable(Class<?> type, String reason) implements Instantiator {
        @Override
        public Object create(@Nullable Object[] values) {
            throw new ExtractionFailure("a type data-bridge can build", type.getName() + " cannot be read: " + reason);
        }
    }
}
