package io.databridge.odm.api.index;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The language rules an index compares strings by (MongoDB's collation): a locale and the ICU options that refine it.
 * An option left {@code null} takes the server's default for the locale. Immutable; start with {@link #of(String)}:
 * {@code Collation.of("en").withStrength(2)} compares case-insensitively.
 *
 * @param locale the ICU locale, e.g. {@code en}, {@code de}, {@code fr_CA}, or {@code simple} for binary comparison
 * @param strength the comparison level, 1 (base letters only) to 5 (identical); 3 by default
 * @param caseLevel whether case is compared at strength 1 or 2
 * @param caseFirst whether upper or lower case sorts first at strength 3 and above
 * @param numericOrdering whether digit sequences compare as numbers ({@code "10" > "9"})
 * @param alternate whether whitespace and punctuation are compared
 * @param maxVariable which characters {@link Alternate#SHIFTED} ignores
 * @param normalization whether text is normalized before it is compared
 * @param backwards whether secondary differences (diacritics) compare from the end of the string
 */
public record Collation(String locale, @Nullable Integer strength, @Nullable Boolean caseLevel,
        @Nullable CaseFirst caseFirst, @Nullable Boolean numericOrdering, @Nullable Alternate alternate,
        @Nullable MaxVariable maxVariable, @Nullable Boolean normalization, @Nullable Boolean backwards) {

    /** Whether upper or lower case sorts first. */
    public enum CaseFirst {
        /** Upper case first. */
        UPPER("upper"),
        /** Lower case first. */
        LOWER("lower"),
        /** The locale's tertiary order (the server's default). */
        OFF("off");

        private final String serverName;

        CaseFirst(String serverName) {
            this.serverName = serverName;
        }

        /**
         * Returns the server's name of the option value.
         *
         * @return e.g. {@code upper}
         */
        public String serverName() {
            return serverName;
        }

        /**
         * Finds the value the server names.
         *
         * @param name the server's name
         * @return the value
         * @throws IllegalArgumentException for an unknown name
         */
        public static CaseFirst ofServerName(String name) {
            for (CaseFirst value : values()) {
                if (value.serverName.equals(name)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("not a caseFirst value: " + name);
        }
    }

    /** Whether whitespace and punctuation count as base characters. */
    public enum Alternate {
        /** They are compared (the server's default). */
        NON_IGNORABLE("non-ignorable"),
        /** They are ignored at strength 1 to 3 (see {@link MaxVariable}). */
        SHIFTED("shifted");

        private final String serverName;

        Alternate(String serverName) {
            this.serverName = serverName;
        }

        /**
         * Returns the server's name of the option value.
         *
         * @return e.g. {@code shifted}
         */
        public String serverName() {
            return serverName;
        }

        /**
         * Finds the value the server names.
         *
         * @param name the server's name
         * @return the value
         * @throws IllegalArgumentException for an unknown name
         */
        public static Alternate ofServerName(String name) {
            for (Alternate value : values()) {
                if (value.serverName.equals(name)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("not an alternate value: " + name);
        }
    }

    /** Which characters {@link Alternate#SHIFTED} ignores. */
    public enum MaxVariable {
        /** Whitespace and punctuation (the server's default). */
        PUNCT("punct"),
        /** Whitespace only. */
        SPACE("space");

        private final String serverName;

        MaxVariable(String serverName) {
            this.serverName = serverName;
        }

        /**
         * Returns the server's name of the option value.
         *
         * @return e.g. {@code punct}
         */
        public String serverName() {
            return serverName;
        }

        /**
         * Finds the value the server names.
         *
         * @param name the server's name
         * @return the value
         * @throws IllegalArgumentException for an unknown name
         */
        public static MaxVariable ofServerName(String name) {
            for (MaxVariable value : values()) {
                if (value.serverName.equals(name)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("not a maxVariable value: " + name);
        }
    }

    /**
     * Validates.
     *
     * @param locale not empty
     * @param strength {@code null} or 1 to 5
     * @param caseLevel any
     * @param caseFirst any
     * @param numericOrdering any
     * @param alternate any
     * @param maxVariable any
     * @param normalization any
     * @param backwards any
     * @throws IllegalArgumentException for an empty locale or a strength out of range
     */
    public Collation {
        Objects.requireNonNull(locale, "locale");
        if (locale.isBlank()) {
            throw new IllegalArgumentException("a collation needs a locale, e.g. \"en\" (or \"simple\")");
        }
        if (strength != null && (strength < 1 || strength > 5)) {
            throw new IllegalArgumentException("a collation strength is 1 to 5, not " + strength);
        }
    }

    /**
     * Starts a collation with the locale's defaults.
     *
     * @param locale the ICU locale, e.g. {@code en}
     * @return the collation
     */
    public static Collation of(String locale) {
        return new Collation(locale, null, null, null, null, null, null, null, null);
    }

    /**
     * Sets the comparison level.
     *
     * @param level 1 (base letters), 2 (and diacritics), 3 (and case, the default), 4, 5
     * @return a new collation
     */
    public Collation withStrength(int level) {
        return new Collation(locale, level, caseLevel, caseFirst, numericOrdering, alternate, maxVariable,
                normalization, backwards);
    }

    /**
     * Sets whether case is compared at strength 1 or 2.
     *
     * @param compared whether it is
     * @return a new collation
     */
    public Collation withCaseLevel(boolean compared) {
        return new Collation(locale, strength, compared, caseFirst, numericOrdering, alternate, maxVariable,
                normalization, backwards);
    }

    /**
     * Sets which case sorts first.
     *
     * @param first upper, lower or off
     * @return a new collation
     */
    public Collation withCaseFirst(CaseFirst first) {
        return new Collation(locale, strength, caseLevel, Objects.requireNonNull(first, "first"), numericOrdering,
                alternate, maxVariable, normalization, backwards);
    }

    /**
     * Sets whether digit sequences compare as numbers.
     *
     * @param numeric whether they do
     * @return a new collation
     */
    public Collation withNumericOrdering(boolean numeric) {
        return new Collation(locale, strength, caseLevel, caseFirst, numeric, alternate, maxVariable, normalization,
                backwards);
    }

    /**
     * Sets whether whitespace and punctuation are compared.
     *
     * @param value non-ignorable or shifted
     * @return a new collation
     */
    public Collation withAlternate(Alternate value) {
        return new Collation(locale, strength, caseLevel, caseFirst, numericOrdering,
                Objects.requireNonNull(value, "value"), maxVariable, normalization, backwards);
    }

    /**
     * Sets which characters a shifted alternate ignores.
     *
     * @param value punctuation or space
     * @return a new collation
     */
    public Collation withMaxVariable(MaxVariable value) {
        return new Collation(locale, strength, caseLevel, caseFirst, numericOrdering, alternate,
                Objects.requireNonNull(value, "value"), normalization, backwards);
    }

    /**
     * Sets whether text is normalized first.
     *
     * @param normalized whether it is
     * @return a new collation
     */
    public Collation withNormalization(boolean normalized) {
        return new Collation(locale, strength, caseLevel, caseFirst, numericOrdering, alternate, maxVariable,
                normalized, backwards);
    }

    /**
     * Sets whether diacritics compare from the end of the string.
     *
     * @param fromTheEnd whether they do
     * @return a new collation
     */
    public Collation withBackwards(boolean fromTheEnd) {
        return new Collation(locale, strength, caseLevel, caseFirst, numericOrdering, alternate, maxVariable,
                normalization, fromTheEnd);
    }

    /**
     * Describes the collation as the server writes it, with only the options set.
     *
     * @return e.g. {@code {locale: "en", strength: 2}}
     */
    public String describe() {
        StringBuilder text = new StringBuilder("{locale: \"").append(locale).append('"');
        append(text, "strength", strength);
        append(text, "caseLevel", caseLevel);
        append(text, "caseFirst", caseFirst == null ? null : "\"" + caseFirst.serverName() + "\"");
        append(text, "numericOrdering", numericOrdering);
        append(text, "alternate", alternate == null ? null : "\"" + alternate.serverName() + "\"");
        append(text, "maxVariable", maxVariable == null ? null : "\"" + maxVariable.serverName() + "\"");
        append(text, "normalization", normalization);
        append(text, "backwards", backwards);
        return text.append('}').toString();
    }

    private static void append(StringBuilder text, String option, @Nullable Object value) {
        if (value != null) {
            text.append(", ").append(option).append(": ").append(value);
        }
    }
}
