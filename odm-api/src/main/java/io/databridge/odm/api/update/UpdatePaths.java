package io.databridge.odm.api.update;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.SequencedSet;
import java.util.regex.Pattern;

/** The syntax of update paths and array filter identifiers, checked when a change or an update is built. */
final class UpdatePaths {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

    private UpdatePaths() {
    }

    /**
     * Checks an update path: not empty, no empty segment, and every segment that starts with {@code $} a positional
     * one ({@code $}, {@code $[]}, {@code $[identifier]}) that follows another segment. Whether the segment before
     * it is a collection is the repository's check, against the entity's model.
     *
     * @param path the path
     * @throws IllegalArgumentException if the path is malformed
     */
    static void require(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an update path must name a field");
        }
        String[] segments = path.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("an update path without empty segments; got '" + path + "'");
            }
            if (segment.startsWith("$")) {
                if (!positional(segment)) {
                    throw new IllegalArgumentException("a positional segment ($, $[] or $[identifier], the "
                            + "identifier a lower-case letter then letters or digits) in '" + path + "'; found '"
                            + segment + "'");
                }
                if (i == 0) {
                    throw new IllegalArgumentException("a positional segment right after the collection field whose "
                            + "elements it names; '" + path + "' starts with one");
                }
            }
        }
    }

    /**
     * Tells whether a segment is positional and well-formed: {@code $}, {@code $[]} or {@code $[identifier]}.
     *
     * @param segment one segment of a path
     * @return {@code true} if positional
     */
    static boolean positional(String segment) {
        if (segment.equals("$") || segment.equals("$[]")) {
            return true;
        }
        return segment.startsWith("$[") && segment.endsWith("]")
                && identifier(segment.substring(2, segment.length() - 1));
    }

    /**
     * Tells whether a string is a valid array filter identifier, as the server requires.
     *
     * @param identifier the candidate
     * @return {@code true} for a lower-case ASCII letter followed by ASCII letters or digits
     */
    static boolean identifier(String identifier) {
        return IDENTIFIER.matcher(identifier).matches();
    }

    /**
     * Lists the array filter identifiers a path uses.
     *
     * @param path a checked update path
     * @return the identifiers of its {@code $[identifier]} segments, in order
     */
    static SequencedSet<String> identifiers(String path) {
        SequencedSet<String> found = new LinkedHashSet<>();
        for (String segment : path.split("\\.", -1)) {
            if (segment.startsWith("$[") && segment.length() > 3) {
                found.add(segment.substring(2, segment.length() - 1));
            }
        }
        return found;
    }

    /**
     * Tells whether two paths conflict: equal, or one a prefix of the other at a segment boundary.
     *
     * @param one a path
     * @param other another path
     * @return {@code true} if a change on one would overlap a change on the other
     */
    static boolean conflict(String one, String other) {
        return one.equals(other) || prefix(one, other) || prefix(other, one);
    }

    private static boolean prefix(String shorter, String longer) {
        return longer.length() > shorter.length() && longer.startsWith(shorter)
                && longer.charAt(shorter.length()) == '.';
    }
}
