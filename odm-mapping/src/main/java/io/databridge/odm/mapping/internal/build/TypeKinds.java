package io.databridge.odm.mapping.internal.build;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.internal.model.Scalars;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What kind of mapping a declared Java type gets: which types are scalars, collections, maps or documents. */
final class TypeKinds {

    /** What a user reads when a type is not supported. */
    static final String SUPPORTED = "a supported type: a primitive or its wrapper, String, an enum, BigDecimal, "
            + "Instant, LocalDate, LocalDateTime, UUID, byte[], a type with a registered converter, "
            + "a List/Set/Collection or Map<String, ?> or Optional of a supported type, "
            + "or a record or concrete non-JDK class to embed";

    private static final Map<Class<?>, Scalars> SCALARS = Map.ofEntries(
            Map.entry(String.class, Scalars.STRING),
            Map.entry(Integer.class, Scalars.INT32), Map.entry(int.class, Scalars.INT32),
            Map.entry(Short.class, Scalars.SHORT), Map.entry(short.class, Scalars.SHORT),
            Map.entry(Byte.class, Scalars.BYTE), Map.entry(byte.class, Scalars.BYTE),
            Map.entry(Long.class, Scalars.INT64), Map.entry(long.class, Scalars.INT64),
            Map.entry(Double.class, Scalars.DOUBLE), Map.entry(double.class, Scalars.DOUBLE),
            Map.entry(Float.class, Scalars.FLOAT), Map.entry(float.class, Scalars.FLOAT),
            Map.entry(Boolean.class, Scalars.BOOLEAN), Map.entry(boolean.class, Scalars.BOOLEAN),
            Map.entry(Character.class, Scalars.CHAR), Map.entry(char.class, Scalars.CHAR),
            Map.entry(BigDecimal.class, Scalars.DECIMAL),
            Map.entry(Instant.class, Scalars.INSTANT),
            Map.entry(LocalDate.class, Scalars.LOCAL_DATE),
            Map.entry(LocalDateTime.class, Scalars.LOCAL_DATE_TIME),
            Map.entry(UUID.class, Scalars.UUID_VALUE),
            Map.entry(byte[].class, Scalars.BYTES),
            Map.entry(ObjectIdValue.class, Scalars.OBJECT_ID));

    private static final Set<Class<?>> COLLECTIONS = Set.of(Collection.class, List.class, Set.class, SortedSet.class,
            NavigableSet.class, ArrayList.class, LinkedList.class, HashSet.class, LinkedHashSet.class, TreeSet.class);

    private static final Set<Class<?>> MAPS = Set.of(Map.class, SortedMap.class, NavigableMap.class, HashMap.class,
            LinkedHashMap.class, TreeMap.class);

    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private TypeKinds() {
    }

    static @Nullable Scalars scalar(Class<?> type) {
        return SCALARS.get(type);
    }

    static boolean collection(Class<?> type) {
        return COLLECTIONS.contains(type);
    }

    static boolean map(Class<?> type) {
        return MAPS.contains(type);
    }

    /** A record, or a concrete class outside the JDK that is not a value of its own (enum, array, ...). */
    static boolean document(Class<?> type) {
        if (type.isRecord()) {
            return true;
        }
        return !type.isInterface() && !type.isArray() && !type.isPrimitive() && !type.isEnum()
                && !Modifier.isAbstract(type.getModifiers()) && !ExtractedValue.class.isAssignableFrom(type)
                && JDK_PACKAGES.stream().noneMatch(type.getName()::startsWith);
    }

    /** A single-component record: stored as its component's value when embedded. */
    static boolean valueObject(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1;
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> throw new IllegalArgumentException("not a value type: " + type);
        };
    }
}
