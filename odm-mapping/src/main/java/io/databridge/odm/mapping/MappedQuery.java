package io.databridge.odm.mapping;

import io.databridge.odm.api.Query;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import io.databridge.odm.mapping.internal.query.SingleNames;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query over one repository: each step renders and checks its part at once (so mistakes surface when
 * the query is built) and returns a new query.
 *
 * @param <T> the entity type
 * @param <R> what documents are read into
 */
final class MappedQuery<T, R> implements Query<R> {

    private final Reads<T> reads;
    private final List<DocumentValue> filters;
    private final @Nullable DocumentValue sort;
    private final @Nullable DocumentValue projection;
    private final int skip;
    private final int limit;
    private final int batchSize;
    private final RowReader<R> reader;

    private MappedQuery(Reads<T> reads, List<DocumentValue> filters, @Nullable DocumentValue sort,
            @Nullable DocumentValue projection, int skip, int limit, int batchSize, RowReader<R> reader) {
        this.reads = reads;
        this.filters = List.copyOf(filters);
        this.sort = sort;
        this.projection = projection;
        this.skip = skip;
        this.limit = limit;
        this.batchSize = batchSize;
        this.reader = reader;
    }

    static <T> MappedQuery<T, T> all(Reads<T> reads) {
        return new MappedQuery<>(reads, List.of(), null, null, 0, 0, 0, reads.entities());
    }

    @Override
    public MappedQuery<T, R> where(Filter filter) {
        List<DocumentValue> more = new ArrayList<>(filters);
        more.add(reads.renderer().render(filter));
        return new MappedQuery<>(reads, more, sort, projection, skip, limit, batchSize, reader);
    }

    @Override
    public MappedQuery<T, R> sort(Sort order) {
        String[] names = new String[order.keys().size()];
        ExtractedValue[] directions = new ExtractedValue[names.length];
        for (int i = 0; i < names.length; i++) {
            Sort.Key key = order.keys().get(i);
            names[i] = reads.renderer().storedPath(key.path());
            directions[i] = Int32Value.of(key.ascending() ? 1 : -1);
        }
        DocumentValue rendered;
        try {
            rendered = DocumentValue.of(FieldNames.of(names), directions);
        } catch (IllegalArgumentException repeated) {
            throw new InvalidQueryException(reads.entityType(), "", "a sort with each path once: " + order);
        }
        return new MappedQuery<>(reads, filters, rendered, projection, skip, limit, batchSize, reader);
    }

    @Override
    public Query<R> skip(int documents) {
        if (documents < 0) {
            throw new IllegalArgumentException("skip must not be negative: " + documents);
        }
        return new MappedQuery<>(reads, filters, sort, projection, documents, limit, batchSize, reader);
    }

    @Override
    public Query<R> limit(int documents) {
        if (documents <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + documents);
        }
        return new MappedQuery<>(reads, filters, sort, projection, skip, documents, batchSize, reader);
    }

    @Override
    public Query<R> batchSize(int documents) {
        if (documents <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + documents);
        }
        return new MappedQuery<>(reads, filters, sort, projection, skip, limit, documents, reader);
    }

    @Override
    public <P> MappedQuery<T, P> project(Class<P> type) {
        DocumentModel target;
        try {
            target = reads.mappingContext().model(type).document();
        } catch (MappingException unmappable) {
            throw new InvalidQueryException(reads.entityType(), "", "a projection type data-bridge can map: "
                    + unmappable.getMessage());
        }
        FieldNames stored = reads.model().document().layout();
        List<String> names = new ArrayList<>();
        boolean id = false;
        for (PropertyModel property : target.properties()) {
            if (!property.member()) {
                continue;
            }
            if (stored.indexOf(property.storedName()) < 0) {
                throw new InvalidQueryException(reads.entityType(), property.javaName(), "a field of "
                        + reads.entityType().getSimpleName() + " for projection " + type.getSimpleName()
                        + "; known stored fields: " + stored.asList());
            }
            id |= property.storedName().equals("_id");
            names.add(property.storedName());
        }
        if (!id) {
            names.add("_id");
        }
        ExtractedValue[] flags = new ExtractedValue[names.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = Int32Value.of(names.get(i).equals("_id") && !id ? 0 : 1);
        }
        return new MappedQuery<>(reads, filters, sort, DocumentValue.of(FieldNames.of(names), flags), skip, limit,
                batchSize, reads.reader(target, type));
    }

    private DocumentValue filter() {
        if (filters.isEmpty()) {
            return DocumentValue.empty();
        }
        if (filters.size() == 1) {
            return filters.get(0);
        }
        return DocumentValue.of(SingleNames.of("$and"), ArrayValue.of(filters));
    }

    /** The rendered filter, for find-and-modify. */
    DocumentValue renderedFilter() {
        return filter();
    }

    /** The rendered sort, or {@code null}. */
    @Nullable DocumentValue renderedSort() {
        return sort;
    }

    /** The rendered projection, or {@code null}. */
    @Nullable DocumentValue renderedProjection() {
        return projection;
    }

    /** How each document is read. */
    RowReader<R> reader() {
        return reader;
    }

    private FindRequest request(int requestedLimit) {
        return new FindRequest(reads.collection(), filter(), sort, projection, skip, requestedLimit, batchSize,
                reads.context());
    }

    @Override
    public List<R> list() {
        return reads.store().find(request(limit), reader);
    }

    @Override
    public Optional<R> first() {
        List<R> found = reads.store().find(request(1), reader);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Stream<R> stream() {
        Cursor<R> cursor = reads.store().stream(request(limit), reader);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    @Override
    public long count() {
        return reads.store().count(request(limit));
    }

    @Override
    public boolean exists() {
        return reads.store().count(request(1)) > 0;
    }

    @Override
    public <V> List<V> distinct(String path, Class<V> type) {
        ValueMapper values = reads.renderer().valuesOf(path);
        Class<?> held = values.javaType();
        if (!boxed(type).isAssignableFrom(held)) {
            throw new InvalidQueryException(reads.entityType(), path, "a distinct type the field's values fit: "
                    + held.getName() + "; got " + type.getName());
        }
        List<ExtractedValue> stored = reads.store().distinct(reads.collection(), reads.renderer().storedPath(path),
                filter(), reads.context());
        List<V> read = new ArrayList<>(stored.size());
        for (ExtractedValue value : stored) {
            try {
                read.add(boxed(type).cast(values.fromStored(value)));
            } catch (ExtractionFailure failure) {
                throw new StoredDocumentException(reads.collection(), "(distinct)",
                        path, failure.found(), failure.expected());
            }
        }
        return read;
    }

    @SuppressWarnings("unchecked")
    private static <V> Class<V> boxed(Class<V> type) {
        return (Class<V>) MethodType.methodType(type).wrap().returnType();
    }
}
