package io.databridge.odm.mapping.internal.build;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the type variables of generic components and fields against the type arguments a type was reached with,
 * so that {@code record Page<T>(List<T> items)} used as {@code Page<Item>} maps its items as {@code Item}.
 */
final class TypeResolver {

    private TypeResolver() {
    }

    /**
     * Returns the raw class of a resolved type.
     *
     * @param type a class or parameterized type
     * @return the raw class, or {@code null} for a type variable, wildcard or generic array left unresolved
     */
    static @Nullable Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return null;
    }

    /**
     * Binds the type parameters of a class to the arguments it was reached with.
     *
     * @param reached the class, or a parameterized use of it
     * @return the bindings; empty for a raw or non-generic class
     */
    static Map<TypeVariable<?>, Type> bindings(Type reached) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (reached instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] parameters = ((Class<?>) parameterized.getRawType()).getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < parameters.length; i++) {
                bindings.put(parameters[i], arguments[i]);
            }
        }
        return bindings;
    }

    /**
     * Substitutes bound type variables in a type; a wildcard becomes its upper bound.
     *
     * @param type the declared type
     * @param bindings type variables and their arguments
     * @return the resolved type
     */
    static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? variable : bound;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = Arrays.stream(parameterized.getActualTypeArguments())
                    .map(argument -> resolve(argument, bindings)).toArray(Type[]::new);
            return new Resolved((Class<?>) parameterized.getRawType(), arguments);
        }
        if (type instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0) {
            return resolve(wildcard.getUpperBounds()[0], bindings);
        }
        return type;
    }

    /**
     * Returns whether a type is the same as another for model caching, comparing classes and arguments by name.
     *
     * @param type the type
     * @return a key that equal resolved types share
     */
    static String key(Type type) {
        return type.getTypeName();
    }

    /** A parameterized type whose arguments were substituted. */
    private record Resolved(Class<?> raw, Type[] arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public @Nullable Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public String getTypeName() {
            return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that && raw.equals(that.getRawType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Objects.hash(raw, Arrays.hashCode(arguments));
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    /**
     * Tells whether a type still holds something unresolved.
     *
     * @param type a resolved type
     * @return {@code true} for a type variable, wildcard or generic array
     */
    static boolean unresolved(Type type) {
        return type instanceof TypeVariable<?> || type instanceof WildcardType || type instanceof GenericArrayType;
    }
}
