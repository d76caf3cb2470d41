package io.databridge.odm.mapping.internal.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a document model that may still be under construction: a type that contains itself (directly or
 * through other types) refers to its own model before that model is finished. The model is set exactly once, during
 * the build, before the enclosing model is published; after that the reference never changes.
 */
public final class ModelRef {

    private final Class<?> type;
    private @Nullable DocumentModel model;
    private boolean recursive;

    /**
     * Creates an empty reference.
     *
     * @param type the type whose model it will hold
     */
    public ModelRef(Class<?> type) {
        this.type = type;
    }

    /**
     * Returns the type.
     *
     * @return the referenced type
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns the model.
     *
     * @return the model
     * @throws IllegalStateException if the build has not set it (a bug)
     */
    public DocumentModel model() {
        DocumentModel built = model;
        if (built == null) {
            throw new IllegalStateException("model of " + type.getName() + " used before it was built");
        }
        return built;
    }

    /**
     * Sets the model; called once by the build.
     *
     * @param built the finished model
     */
    public void complete(DocumentModel built) {
        if (model != null) {
            throw new IllegalStateException("model of " + type.getName() + " set twice");
        }
        model = Objects.requireNonNull(built, "built");
    }

    /** Marks the type as reachable from itself, so extraction watches for cycles through it. */
    public void markRecursive() {
        recursive = true;
    }

    /**
     * Tells whether the type can contain itself.
     *
     * @return {@code true} if extraction must check for cycles
     */
    public boolean recursive() {
        return recursive;
    }
}
