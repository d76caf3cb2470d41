package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one record or class is stored as a document: its layout (shared by every document of the type) and one
 * property per stored component or field, in stored order. Immutable after the build.
 */
public final class DocumentModel {

    private static final Object ABSENT = new Object();

    private final Class<?> type;
    private final FieldNames layout;
    private final PropertyModel[] properties;
    private final Map<String, Integer> propertyByStoredName = new HashMap<>();
    private final Instantiator instantiator;
    private final boolean strict;
    private volatile SlotMap lastSlots;

    /**
     * Creates a model.
     *
     * @param type the mapped type
     * @param properties its stored properties, in document order
     * @param instantiator builds an object from the properties' values
     * @param strict whether reading refuses fields the type does not declare
     */
    public DocumentModel(Class<?> type, List<PropertyModel> properties, Instantiator instantiator, boolean strict) {
        this.type = type;
        this.properties = properties.toArray(PropertyModel[]::new);
        this.layout = FieldNames.of(properties.stream().map(PropertyModel::storedName).toList());
        for (int i = 0; i < this.properties.length; i++) {
            propertyByStoredName.put(this.properties[i].storedName(), i);
        }
        this.instantiator = instantiator;
        this.strict = strict;
        this.lastSlots = slotsOf(layout);
    }

    /** Which property each slot of a stored layout feeds; -1 for a field the type does not declare. */
    private record SlotMap(FieldNames layout, int[] propertyOfSlot) {
    }

    private SlotMap slotsOf(FieldNames stored) {
        int[] propertyOfSlot = new int[stored.size()];
        for (int i = 0; i < propertyOfSlot.length; i++) {
            propertyOfSlot[i] = propertyByStoredName.getOrDefault(stored.name(i), -1);
        }
        return new SlotMap(stored, propertyOfSlot);
    }

    /**
     * Returns the properties, in stored order.
     *
     * @return a copy of the properties
     */
    public List<PropertyModel> properties() {
        return List.of(properties);
    }

    /**
     * Finds a property by its Java name.
     *
     * @param javaName the component or field name
     * @return the property, or {@code null}
     */
    public @Nullable PropertyModel property(String javaName) {
        for (PropertyModel property : properties) {
            if (property.member() && property.javaName().equals(javaName)) {
                return property;
            }
        }
        return null;
    }

    /**
     * Reads a stored document into an object of this type. Fields are matched by stored name (documents of one layout
     * reuse one match); unknown fields are ignored, or refused in strict mode; absent fields take the policy of
     * {@link PropertyModel#read}.
     *
     * @param document the stored document
     * @return the object, fully built
     * @throws ExtractionFailure if a field does not fit, with the path to it
     */
    public Object materialize(DocumentValue document) {
        SlotMap slots = lastSlots;
        if (slots.layout() != document.names()) {
            slots = slotsOf(document.names());
            lastSlots = slots;
        }
        Object[] values = new Object[properties.length];
        Arrays.fill(values, ABSENT);
        int[] propertyOfSlot = slots.propertyOfSlot();
        for (int slot = 0; slot < propertyOfSlot.length; slot++) {
            ExtractedValue stored = document.slot(slot);
            if (stored == null) {
                continue;
            }
            int property = propertyOfSlot[slot];
            if (property >= 0 && !properties[property].member()) {
                continue;
            }
            if (property < 0) {
                if (strict) {
                    throw new ExtractionFailure("only fields " + type.getSimpleName() + " declares (strict reads)",
                            "a field it does not declare").at(document.names().name(slot));
                }
                continue;
            }
            values[property] = readProperty(property, stored);
        }
        for (int property = 0; property < values.length; property++) {
            if (values[property] == ABSENT) {
                values[property] = properties[property].member() ? readProperty(property, null) : null;
            }
        }
        return instantiator.create(values);
    }

    private @Nullable Object readProperty(int property, @Nullable ExtractedValue stored) {
        try {
            return properties[property].read(stored);
        } catch (ExtractionFailure failure) {
            throw failure.at(properties[property].javaName());
        }
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
