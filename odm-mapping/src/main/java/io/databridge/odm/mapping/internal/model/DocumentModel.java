package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import java.util.List;

/**
 * How one record or class is stored as a document: its layout (shared by every document of the type) and one
 * property per stored component or field, in stored order. Immutable after the build.
 */
public final class DocumentModel {

    private final Class<?> type;
    private final FieldNames layout;
    private final PropertyModel[] properties;

    /**
     * Creates a model.
     *
     * @param type the mapped type
     * @param properties its stored properties, in document order
     */
    public DocumentModel(Class<?> type, List<PropertyModel> properties) {
        this.type = type;
        this.properties = properties.toArray(PropertyModel[]::new);
        this.layout = FieldNames.of(properties.stream().map(PropertyModel::storedName).toList());
    }

    /**
     * Returns the mapped type.
     *
     * @return the type
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns the layout of every document of this type.
     *
     * @return the stored names in order
     */
    public FieldNames layout() {
        return layout;
    }

    /**
     * Extracts an object of exactly this type into a document. Absent fields (null references, empty optionals) leave
     * their slot empty.
     *
     * @param owner the object, of exactly {@link #type()}
     * @param extraction the current call's state
     * @return the document
     * @throws ExtractionFailure if a value cannot be stored, with the path to it
     */
    public DocumentValue extract(Object owner, Extraction extraction) {
        if (owner.getClass() != type) {
            throw new ExtractionFailure("an instance of exactly " + type.getName()
                    + " (subclasses would lose their own fields)", "an instance of " + owner.getClass().getName());
        }
        ExtractedValue[] slots = new ExtractedValue[properties.length];
        for (int i = 0; i < properties.length; i++) {
            try {
                slots[i] = properties[i].extract(owner, extraction);
            } catch (ExtractionFailure failure) {
                throw failure.at(properties[i].javaName());
            }
        }
        return DocumentValue.adopt(layout, slots);
    }
}
