package io.databridge.odm.mapping;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.IdModel;
import io.databridge.odm.mapping.internal.model.VersionModel;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes the {@link DocumentSource} of a repository write: each document is extracted when the store asks for it, and
 * every id is settled as it is: an entity's own id is read as is; a generated ObjectId is turned into the
 * repository's id type and, where the entity declares an id, assigned to it (a copy for records). The
 * {@code beforeInsert} hooks run first, and a versioned entity that was never stored (version 0) is stored with
 * version 1: a record as a copy, a class entity's field set only once its document is written.
 */
final class BatchExtractor<T> {

    private final EntityMapper<T> mapper;
    private final IdModel idModel;
    private final Function<ObjectIdValue, Object> generatedId;
    private final MappingConfiguration configuration;
    private final Hooks<T> hooks;
    private final @Nullable VersionModel version;
    private final int versionSlot;

    BatchExtractor(EntityMapper<T> mapper, Function<ObjectIdValue, Object> generatedId,
            MappingConfiguration configuration, Hooks<T> hooks) {
        this.mapper = mapper;
        this.idModel = mapper.model().id();
        this.generatedId = generatedId;
        this.configuration = configuration;
        this.hooks = hooks;
        this.version = mapper.model().version();
        this.versionSlot = version == null ? -1 : mapper.model().document().layout().indexOf(version.storedName());
    }

    /**
     * Starts extracting a batch.
     *
     * @param entities the entities, which must not change until the write returns
     * @return the source the store pulls documents from
     */
    Source source(Collection<? extends T> entities) {
        return new Source(entities);
    }

    /** One batch's documents, pulled in order; afterwards, its ids and the entities as stored. */
    final class Source implements DocumentSource {

        private final int size;
        private final Iterator<? extends T> entities;
        private final Object[] ids;
        private final Object[] stored;
        private final Extraction extraction;
        private @Nullable BitSet firstVersions;
        private int next;

        private Source(Collection<? extends T> batch) {
            this.size = batch.size();
            this.entities = batch.iterator();
            this.ids = new Object[size];
            this.stored = new Object[size];
            this.extraction = new Extraction(configuration.objectIdGenerator(), configuration.temporalPrecision());
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public DocumentValue document(int position) {
            if (position != next) {
                throw new IllegalStateException("documents are extracted in order, once each: asked for position "
                        + position + ", expected " + next);
            }
            if (!entities.hasNext()) {
                throw new IllegalStateException("the collection of entities shrank while it was being stored");
            }
            T entity = prepared(entities.next());
            DocumentValue document = mapper.extract(entity, position, extraction);
            if (version != null && entity != null && !mapper.type().isRecord() && version.current(entity) == 0) {
                document = firstVersion(document);
                if (firstVersions == null) {
                    firstVersions = new BitSet(size);
                }
                firstVersions.set(position);
            }
            if (extraction.takeIdGenerated()) {
                Object id = generatedId.apply((ObjectIdValue) document.slot(0));
                ids[position] = id;
                stored[position] = idModel.declared() ? assign(entity, id, position) : entity;
            } else {
                ids[position] = idModel.getter().get(entity);
                stored[position] = entity;
            }
            next++;
            return document;
        }

        /**
         * Runs the {@code beforeInsert} hooks and gives a new versioned record version 1 (a copy); a class entity's
         * document gets version 1 instead, and the entity itself only once it is written ({@link #written}).
         */
        private @Nullable T prepared(@Nullable T given) {
            if (given == null) {
                return null;
            }
            T entity = hooks.none() ? given : hooks.beforeInsert(given);
            if (version != null && mapper.type().isRecord() && version.current(entity) == 0) {
                return mapper.type().cast(version.withVersion(entity, 1));
            }
            return entity;
        }

        private DocumentValue firstVersion(DocumentValue document) {
            ExtractedValue[] slots = new ExtractedValue[document.slotCount()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = document.slot(i);
            }
            slots[versionSlot] = Objects.requireNonNull(version).stored(1);
            return DocumentValue.adopt(document.names(), slots);
        }

        /**
         * Gives the class entities that were new, and whose documents were written, their first version.
         *
         * @param report the insert's outcome
         */
        void written(WriteReport report) {
            if (firstVersions == null) {
                return;
            }
            boolean complete = report.isComplete();
            for (int position = firstVersions.nextSetBit(0); position >= 0;
                    position = firstVersions.nextSetBit(position + 1)) {
                if (complete || report.status(position) == PositionStatus.WRITTEN) {
                    Objects.requireNonNull(version).withVersion(Objects.requireNonNull(stored[position]), 1);
                }
            }
        }

        private Object assign(Object entity, Object id, int position) {
            try {
                return idModel.assigner().withId(entity, id);
            } catch (ExtractionFailure failure) {
                throw new InvalidEntityException(mapper.type(), position, "id", failure.expected(), failure.found());
            }
        }

        /** Extracts what the store did not ask for (a store that wrote nothing may stop early), for the result. */
        private void extractRest() {
            while (next < size) {
                document(next);
            }
        }

        @SuppressWarnings("unchecked")
        <ID> List<ID> ids() {
            extractRest();
            return (List<ID>) Arrays.asList(ids);
        }

        @SuppressWarnings("unchecked")
        List<T> entities() {
            extractRest();
            return (List<T>) Arrays.asList(stored);
        }
    }
}
