package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import java.util.List;

/**
 * A Java path resolved against a model.
 *
 * @param javaPath the path as written
 * @param storedPath the stored path, dot-separated
 * @param mapper the mapper of the field the path ends at (as declared)
 * @param nullable whether a stored null there reads back (not for a primitive field, an id, or an element of a
 *                 collection that refuses null elements)
 * @param elements the array elements the path names on its way (update paths only: {@code $}, {@code $[]},
 *                 {@code $[identifier]} or an index after a collection field), in order
 */
record ResolvedPath(String javaPath, String storedPath, ValueMapper mapper, boolean nullable, List<Element> elements) {

    /**
     * One segment of an update path that names array elements.
     *
     * @param segment the segment: {@code $}, {@code $[]}, {@code $[identifier]} or an index
     * @param javaPath the Java path up to and including the segment ({@code lines.$[hot]})
     * @param element the mapper of one element
     */
    record Element(String segment, String javaPath, ValueMapper element) {

        /** The array filter identifier of a {@code $[identifier]} segment, or the empty string. */
        String identifier() {
            return segment.startsWith("$[") ? segment.substring(2, segment.length() - 1) : "";
        }
    }

    /** A path of a filter: no positional segment, nullable unless said otherwise. */
    ResolvedPath(String javaPath, String storedPath, ValueMapper mapper) {
        this(javaPath, storedPath, mapper, true, List.of());
    }

    /** Copies the elements. */
    ResolvedPath {
        elements = List.copyOf(elements);
    }

    /** The mapper of the value the field holds, an {@code Optional} unwrapped. */
    ValueMapper valueMapper() {
        return mapper instanceof OptionalMapper optional ? optional.content() : mapper;
    }

    /** Whether the field is an array (a collection). */
    boolean array() {
        return valueMapper() instanceof CollectionMapper;
    }

    /** The mapper of one element of an array field. */
    ValueMapper elementMapper() {
        return ((CollectionMapper) valueMapper()).elements();
    }

    /** Whether the path names array elements (a positional segment or an index). */
    boolean positional() {
        return !elements.isEmpty();
    }

    /** The same path with its stored form under a prefix (an array filter's identifier). */
    ResolvedPath under(String storedPrefix) {
        return new ResolvedPath(javaPath, storedPath.isEmpty() ? storedPrefix : storedPrefix + "." + storedPath,
                mapper, nullable, elements);
    }

    /**
     * Whether a null element of a collection reads back, asked of the collection itself (a sorted set refuses
     * null elements).
     */
    static boolean holdsNullElements(CollectionMapper collection) {
        try {
            collection.fromValue(ArrayValue.of(NullValue.INSTANCE));
            return true;
        } catch (ExtractionFailure refused) {
            return false;
        }
    }
}
