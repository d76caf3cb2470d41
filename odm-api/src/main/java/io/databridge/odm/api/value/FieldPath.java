package io.databridge.odm.api.value;

/**
 * How error messages write a path inside a document: property names joined by dots, list indexes and map keys in
 * brackets, e.g. {@code lines[3].price} or {@code labels["a.b"]}.
 */
public final class FieldPath {

    private FieldPath() {
    }

    /**
     * Joins path segments.
     *
     * @param segments from the outermost in: names, and {@code [index]} or {@code ["key"]} segments
     * @return the path, empty for no segments
     */
    public static String render(Iterable<String> segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.toString();
    }
}
