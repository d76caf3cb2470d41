package io.databridge.archfixtures.api.value;

/** The fixture's value tree: the shape of the real one, but not sealed, so that a defect can implement it. */
public interface ExtractedValue {

    /**
     * The stored type's name.
     *
     * @return the name
     */
    String typeName();
}
