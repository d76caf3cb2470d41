package io.databridge.odm.mapping;

import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.build.ModelFactory;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * The type models of one configuration, built once per type and shared.
 *
 * <p>A model is built the first time a type is asked for, on whichever thread asks; concurrent first requests may each
 * build it, and one result is kept for good ({@link ClassValue} semantics), so every thread sees an equivalent model.
 * A type that cannot be mapped keeps failing with the same {@link MappingException}, listing all its problems.
 * Thread-safe.
 */
public final class MappingContext {

    private final MappingConfiguration configuration;
    private final ModelFactory factory;
    private final ClassValue<Either<MappingException, EntityModel>> models = new ClassValue<>() {
        @Override
        protected Either<MappingException, EntityModel> computeValue(Class<?> type) {
            Validation<Seq<MappingProblem>, EntityModel> model = factory.entityModel(type);
            return model.isValid() ? Either.right(model.get())
                    : Either.left(new MappingException(type, model.getError().asJava()));
        }
    };
    private final ClassValue<Either<MappingException, List<StoredIndex>>> indexes = new ClassValue<>() {
        @Override
        protected Either<MappingException, List<StoredIndex>> computeValue(Class<?> type) {
            try {
                return Either.right(DeclaredIndexes.resolve(type, model(type), configuration));
            } catch (MappingException problems) {
                return Either.left(problems);
            }
        }
    };

    private MappingContext(MappingConfiguration configuration) {
        this.configuration = configuration;
        this.factory = new ModelFactory(configuration);
    }

    /**
     * Creates a context.
     *
     * @param configuration converters and policies
     * @return the context
     */
    public static MappingContext create(MappingConfiguration configuration) {
        return new MappingContext(Objects.requireNonNull(configuration, "configuration"));
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration models follow
     */
    public MappingConfiguration configuration() {
        return configuration;
    }

    /**
     * Returns the mapper of an entity type.
     *
     * @param type the entity type
     * @param <T> the entity type
     * @return the mapper
     * @throws MappingException if the type cannot be mapped, with every problem of the type
     */
    public <T> EntityMapper<T> mapper(Class<T> type) {
        return new EntityMapper<>(type, model(type), configuration);
    }

    /**
     * Returns the model of an entity type, for the repository engine.
     *
     * @param type the entity type
     * @return the model
     * @throws MappingException if the type cannot be mapped
     */
    EntityModel model(Class<?> type) {
        Objects.requireNonNull(type, "type");
        Either<MappingException, EntityModel> model = models.get(type);
        if (model.isLeft()) {
            MappingException failure = model.getLeft();
            throw new MappingException(failure.type(), failure.problems());
        }
        return model.get();
    }

    /**
     * Returns the declared indexes of an entity type (annotations and configuration), resolved once into stored terms.
     *
     * @param type the entity type
     * @return the indexes, in declaration order
     * @throws MappingException if the type cannot be mapped or a declaration does not fit it, with every problem
     */
    List<StoredIndex> indexes(Class<?> type) {
        Objects.requireNonNull(type, "type");
        Either<MappingException, List<StoredIndex>> declared = indexes.get(type);
        if (declared.isLeft()) {
            MappingException failure = declared.getLeft();
            throw new MappingException(failure.type(), failure.problems());
        }
        return declared.get();
    }
}
