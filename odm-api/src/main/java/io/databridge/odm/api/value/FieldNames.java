package io.databridge.odm.api.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered, distinct field names of a document layout.
 *
 * <p>A type model builds its layout once and every document extracted from that type shares it, so per-layout work
 * (the UTF-8 form of each name, the name-to-position index) is done once, not per document. A layout made for one
 * document (the keys of a map) works the same way.
 *
 * <p>Names are never {@code null}, never contain the NUL character (it ends a name in BSON) and appear once each.
 * Instances are immutable and thread-safe.
 */
public final class FieldNames {

    private static final int LINEAR_SEARCH_LIMIT = 8;

    private final String[] names;
    private final byte[][] utf8;
    private final byte[][] terminated;
    private volatile Map<String, Integer> index;

    private FieldNames(String[] names) {
        this.names = names;
        this.utf8 = new byte[names.length][];
        this.terminated = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            String name = Objects.requireNonNull(names[i], "field name");
            if (name.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a field name cannot contain the NUL character: "
                        + name.replace("\0", "\\0"));
            }
            utf8[i] = name.getBytes(StandardCharsets.UTF_8);
            terminated[i] = Arrays.copyOf(utf8[i], (utf8[i].length + 1 + 7) & ~7);
        }
        if (!distinct(names)) {
            throw new IllegalArgumentException("field names must be distinct: " + Arrays.toString(names));
        }
    }

    /**
     * Creates a layout.
     *
     * @param names the names in document order; must be distinct, non-null and free of NUL characters
     * @return the layout
     * @throws IllegalArgumentException if a name repeats or contains NUL
     */
    public static FieldNames of(String... names) {
        return new FieldNames(names.clone());
    }

    /**
     * Creates a layout from a list.
     *
     * @param names the names in document order; must be distinct, non-null and free of NUL characters
     * @return the layout
     * @throws IllegalArgumentException if a name repeats or contains NUL
     */
    public static FieldNames of(List<String> names) {
        return new FieldNames(names.toArray(String[]::new));
    }

    /**
     * Returns the number of names.
     *
     * @return the size
     */
    public int size() {
        return names.length;
    }

    /**
     * Returns a name.
     *
     * @param position from 0 to {@code size() - 1}
     * @return the name at {@code position}
     */
    public String name(int position) {
        return names[position];
    }

    /**
     * Returns the UTF-8 bytes of a name, for writers. The array is shared: callers must not modify it.
     *
     * @param position from 0 to {@code size() - 1}
     * @return the UTF-8 form of the name, without a terminator
     */
    public byte[] utf8(int position) {
        return utf8[position];
    }

    /**
     * Returns the UTF-8 bytes of a name followed by a zero byte, padded with zeros to a multiple of 8 bytes, so a
     * writer can copy a name and its terminator in whole 64-bit words. The array is shared: callers must not modify
     * it.
     *
     * @param position from 0 to {@code size() - 1}
     * @return the terminated, zero-padded UTF-8 form; its first {@code utf8(position).length + 1} bytes matter
     */
    public byte[] terminatedUtf8(int position) {
        return terminated[position];
    }

    /**
     * Finds the position of a name.
     *
     * @param name the name to look for
     * @return its position, or -1 if the layout does not contain it
     */
    public int indexOf(String name) {
        if (names.length <= LINEAR_SEARCH_LIMIT) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> byName = index;
        if (byName == null) {
            byName = buildIndex();
            index = byName;
        }
        Integer position = byName.get(name);
        return position == null ? -1 : position;
    }

    /**
     * Returns the names as an unmodifiable list.
     *
     * @return the names in document order
     */
    public List<String> asList() {
        return List.of(names);
    }

    private static boolean distinct(String[] names) {
        if (names.length > LINEAR_SEARCH_LIMIT) {
            return new HashSet<>(Arrays.asList(names)).size() == names.length;
        }
        for (int i = 1; i < names.length; i++) {
            for (int j = 0; j < i; j++) {
                if (names[i].equals(names[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private Map<String, Integer> buildIndex() {
        Map<String, Integer> byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], i);
        }
        return byName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldNames that && Arrays.equals(names, that.names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names);
    }

    @Override
    public String toString() {
        return Arrays.toString(names);
    }
}
