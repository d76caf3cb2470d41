package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;

/**
 * Stores a nested record or class as an embedded document. Values of a type that can contain itself are tracked along
 * the current path, so a cycle is reported instead of recursing without end.
 */
public final class EmbeddedMapper implements ValueMapper {

    private final ModelRef ref;

    /**
     * Creates the mapper.
     *
     * @param ref the embedded type's model, possibly still being built
     */
    public EmbeddedMapper(ModelRef ref) {
        this.ref = ref;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        DocumentModel model = ref.model();
        if (!ref.recursive()) {
            return model.extract(value, extraction);
        }
        extraction.enter(value);
        try {
            return model.extract(value, extraction);
        } finally {
            extraction.exit();
        }
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        if (value instanceof DocumentValue document) {
            return ref.model().materialize(document);
        }
        throw Found.mismatch("a document for " + ref.type().getSimpleName(), value);
    }

    @Override
    public Class<?> javaType() {
        return ref.type();
    }

    /**
     * Returns the embedded type's model.
     *
     * @return the model
     */
    public DocumentModel model() {
        return ref.model();
    }
}
