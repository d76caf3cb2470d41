package io.databridge.odm.bench.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The documents the benchmark stores, by the name used on the command line and in reports. */
public enum DocumentKind {

    /** The flat 7-field {@link User}. */
    USER,

    /** The nested {@link Rich}. */
    RICH;

    /**
     * The name in reports and on the command line.
     *
     * @return the lower-case name, e.g. {@code "user"}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a kind by its {@link #label()}.
     *
     * @param label e.g. {@code "rich"}
     * @return the kind
     * @throws IllegalArgumentException naming the known labels if there is no such kind
     */
    public static DocumentKind fromLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document '" + label + "', known: "
                        + Arrays.stream(values()).map(DocumentKind::label).collect(Collectors.joining(", "))));
    }
}
