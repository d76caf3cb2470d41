package io.databridge.odm.mapping.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import org.jspecify.annotations.Nullable;

/**
 * What a read collection or map is made into, chosen by its declared type: an interface gets an unmodifiable,
 * order-keeping implementation ({@code List}, {@code Set} keep stored order; sorted ones sort); a concrete JDK type
 * gets a new instance of itself.
 */
public enum ContainerShape {
    /** {@code List} or {@code Collection}: unmodifiable, stored order, nulls allowed. */
    LIST(List.class, Collection.class),
    /** {@code Set}: unmodifiable, stored order. */
    SET(Set.class),
    /** {@code SortedSet}, {@code NavigableSet}, {@code TreeSet}: a {@link TreeSet}. */
    SORTED_SET(SortedSet.class, NavigableSet.class, TreeSet.class),
    /** {@link ArrayList}. */
    ARRAY_LIST(ArrayList.class),
    /** {@link LinkedList}. */
    LINKED_LIST(LinkedList.class),
    /** {@link HashSet}. */
    HASH_SET(HashSet.class),
    /** {@link LinkedHashSet}. */
    LINKED_HASH_SET(LinkedHashSet.class),
    /** {@code Map}: unmodifiable, stored order. */
    MAP(Map.class),
    /** {@code SortedMap}, {@code NavigableMap}, {@code TreeMap}: a {@link TreeMap}. */
    SORTED_MAP(SortedMap.class, NavigableMap.class, TreeMap.class),
    /** {@link HashMap}. */
    HASH_MAP(HashMap.class),
    /** {@link LinkedHashMap}. */
    LINKED_HASH_MAP(LinkedHashMap.class);

    private final List<Class<?>> types;

    ContainerShape(Class<?>... types) {
        this.types = List.of(types);
    }

    /**
     * Finds the shape of a declared container type.
     *
     * @param declared the raw declared type
     * @return the shape, or {@code null} if the type is not a supported container
     */
    public static @Nullable ContainerShape of(Class<?> declared) {
        for (ContainerShape shape : values()) {
            if (shape.types.contains(declared)) {
                return shape;
            }
        }
        return null;
    }

    /**
     * Makes a collection of this shape.
     *
     * @param elements the elements, in stored order; the array is not kept
     * @return the collection
     */
    public Collection<Object> collection(Object[] elements) {
        List<Object> list = Arrays.asList(elements);
        return switch (this) {
            case LIST -> Collections.unmodifiableList(new ArrayList<>(list));
            case SET -> Collections.unmodifiableSet(new LinkedHashSet<>(list));
            case SORTED_SET -> new TreeSet<>(list);
            case ARRAY_LIST -> new ArrayList<>(list);
            case LINKED_LIST -> new LinkedList<>(list);
            case HASH_SET -> new HashSet<>(list);
            case LINKED_HASH_SET -> new LinkedHashSet<>(list);
            default -> throw new IllegalStateException(this + " is a map shape");
        };
    }

    /**
     * Makes a map of this shape.
     *
     * @param entries the entries, in stored order; not kept
     * @return the map
     */
    public Map<String, Object> map(LinkedHashMap<String, Object> entries) {
        return switch (this) {
            case MAP -> Collections.unmodifiableMap(entries);
            case SORTED_MAP -> new TreeMap<>(entries);
            case HASH_MAP -> new HashMap<>(entries);
            case LINKED_HASH_MAP -> entries;
            default -> throw new IllegalStateException(this + " is a collection shape");
        };
    }
}
