package io.databridge.odm.mapping.internal.build;

import io.databridge.odm.api.annotation.Creator;
import io.databridge.odm.mapping.internal.access.AccessException;
import io.databridge.odm.mapping.internal.access.Accessors;
import io.databridge.odm.mapping.internal.model.Instantiator;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Chooses how a type is built when it is read: a record through its canonical constructor; a class through its
 * {@link Creator}, else its only constructor with parameters, else a no-argument constructor and its fields.
 * Parameters take properties by name when the class was compiled with {@code -parameters}, else by their distinct
 * types. A type that offers none of these can still be written; reading it fails with the reason.
 */
final class Instantiators {

    private static final String HOW = "declare a constructor whose parameters are the stored fields (compiled with "
            + "-parameters, or of distinct types), mark one constructor or static factory with @Creator, or give the "
            + "class a no-argument constructor and non-final fields";

    private Instantiators() {
    }

    /**
     * Chooses the instantiator of a type.
     *
     * @param type the record or class
     * @param properties its properties, in model order
     * @param members the member behind each property ({@code null} for a generated id), aligned with properties
     * @param lookup a private lookup in the type
     * @return the instantiator, possibly {@link Instantiator.Unreadable}
     */
    static Instantiator of(Class<?> type, List<PropertyModel> properties, List<@Nullable Member> members,
            MethodHandles.Lookup lookup) {
        try {
            if (type.isRecord()) {
                return record(type, properties, lookup);
            }
            List<Executable> creators = annotatedCreators(type);
            if (creators.size() > 1) {
                return new Instantiator.Unreadable(type, "it has " + creators.size() + " @Creator members; mark one");
            }
            if (creators.size() == 1) {
                Instantiator creator = creator(type, creators.get(0), properties, members, lookup);
                return creator != null ? creator : new Instantiator.Unreadable(type,
                        "the parameters of its @Creator do not match its stored fields; " + HOW);
            }
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length == 1 && constructors[0].getParameterCount() > 0) {
                Instantiator creator = creator(type, constructors[0], properties, members, lookup);
                if (creator != null) {
                    return creator;
                }
            }
            Instantiator fields = fields(type, properties, members, lookup);
            return fields != null ? fields : new Instantiator.Unreadable(type, HOW);
        } catch (AccessException inaccessible) {
            return new Instantiator.Unreadable(type, inaccessible.getMessage());
        }
    }

    private static Instantiator record(Class<?> type, List<PropertyModel> properties, MethodHandles.Lookup lookup)
            throws AccessException {
        RecordComponent[] components = type.getRecordComponents();
        int[] propertyOfParameter = new int[components.length];
        Object[] defaults = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            propertyOfParameter[i] = indexOf(properties, components[i].getName());
            defaults[i] = defaultOf(components[i].getType());
        }
        MethodHandle constructor = Accessors.canonicalConstructor(type, lookup);
        return new Instantiator.Creator(type, spread(constructor), propertyOfParameter, defaults);
    }

    private static List<Executable> annotatedCreators(Class<?> type) {
        List<Executable> creators = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(Creator.class)) {
                creators.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Creator.class) && Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() == type) {
                creators.add(method);
            }
        }
        return creators;
    }

    private static @Nullable Instantiator creator(Class<?> type, Executable creator, List<PropertyModel> properties,
            List<@Nullable Member> members, MethodHandles.Lookup lookup) throws AccessException {
        Parameter[] parameters = creator.getParameters();
        int[] propertyOfParameter = new int[parameters.length];
        boolean named = Arrays.stream(parameters).allMatch(Parameter::isNamePresent);
        for (int i = 0; i < parameters.length; i++) {
            propertyOfParameter[i] = named ? indexOf(properties, parameters[i].getName())
                    : indexOfType(members, parameters[i].getType());
            if (propertyOfParameter[i] < 0) {
                return null;
            }
        }
        long covered = Arrays.stream(propertyOfParameter).distinct().count();
        long needed = members.stream().filter(Objects::nonNull).count();
        if (covered != parameters.length || covered != needed) {
            return null;
        }
        MethodHandle handle;
        try {
            handle = creator instanceof Constructor<?> constructor ? lookup.unreflectConstructor(constructor)
                    : lookup.unreflect((Method) creator);
        } catch (IllegalAccessException e) {
            throw new AccessException("cannot call " + creator, e);
        }
        return new Instantiator.Creator(type, spread(handle), propertyOfParameter, new Object[parameters.length]);
    }

    private static @Nullable Instantiator fields(Class<?> type, List<PropertyModel> properties,
            List<@Nullable Member> members, MethodHandles.Lookup lookup) throws AccessException {
        Constructor<?> noArguments;
        try {
            noArguments = type.getDeclaredConstructor();
        } catch (NoSuchMethodException none) {
            return null;
        }
        MethodHandle[] setters = new MethodHandle[properties.size()];
        for (int i = 0; i < setters.length; i++) {
            Member member = members.get(i);
            if (member == null) {
                continue;
            }
            if (member.finalField() || !(member.reflected() instanceof Field field)) {
                return null;
            }
            setters[i] = Accessors.fieldSetter(field, lookup)
                    .asType(MethodType.methodType(void.class, Object.class, Object.class));
        }
        try {
            MethodHandle constructor = lookup.unreflectConstructor(noArguments)
                    .asType(MethodType.methodType(Object.class));
            return new Instantiator.Fields(type, constructor, setters);
        } catch (IllegalAccessException e) {
            throw new AccessException("cannot call the no-argument constructor of " + type.getName(), e);
        }
    }

    private static MethodHandle spread(MethodHandle creator) {
        int count = creator.type().parameterCount();
        return creator.asSpreader(Object[].class, count).asType(MethodType.methodType(Object.class, Object[].class));
    }

    private static int indexOf(List<PropertyModel> properties, String javaName) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).member() && properties.get(i).javaName().equals(javaName)) {
                return i;
            }
        }
        return -1;
    }

    /** The only member of exactly this type, or -1 if there is none or more than one. */
    private static int indexOfType(List<@Nullable Member> members, Class<?> type) {
        int found = -1;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (member != null && member.rawType() == type) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static @Nullable Object defaultOf(Class<?> type) {
        return type.isPrimitive() ? zero(type) : null;
    }

    private static Object zero(Class<?> type) {
        try {
            return MethodHandles.zero(type).invoke();
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
