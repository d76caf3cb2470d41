package io.databridge.odm.bench.contestant.spring;

import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * {@code spring-template}: {@link MongoTemplate#insert(java.util.Collection, Class)} of record entities; in the write
 * workloads, the template's bulk operations and a Spring Data repository ({@link SpringVersionedWrites}).
 */
public final class SpringTemplateContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "spring-template";

    private MongoTemplate template;
    private SpringVersionedWrites writes;

    /** Creates the contestant; {@link #setUp} builds its template. */
    public SpringTemplateContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget target) {
        var conversions = MongoCustomConversions.create(
                adapter -> adapter.bigDecimal(BigDecimalRepresentation.DECIMAL128));
        var mappingContext = new MongoMappingContext();
        mappingContext.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mappingContext.setInitialEntitySet(Set.of(SpringUser.class, SpringRich.class, SpringVersionedUser.class));
        mappingContext.afterPropertiesSet();
        var converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mappingContext);
        converter.setCustomConversions(conversions);
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        template = new MongoTemplate(
                new SimpleMongoClientDatabaseFactory(target.client(), target.databaseName()), converter);
        writes = new SpringVersionedWrites(template);
    }

    /** Takes part in the write workloads: template bulk operations and a repository's {@code saveAll}. */
    @Override
    public Optional<VersionedUserWrites> versionedUserWrites() {
        return Optional.of(Objects.requireNonNull(writes, "setUp was not called"));
    }

    @Override
    public EntityBatch users(List<User> users) {
        List<SpringUser> entities = users.stream()
                .map(u -> new SpringUser(u.id(), u.name(), u.email(), u.age(), u.city(), u.score(), u.active()))
                .toList();
        return EntityBatch.of(template.getCollectionName(SpringUser.class), entities.size(),
                () -> template.insert(entities, SpringUser.class),
                () -> template.findAll(SpringUser.class).stream().mapToInt(user -> user.age() >= 0 ? 1 : 1).sum(),
                id -> template.findById(id, SpringUser.class) != null);
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        List<SpringRich> entities = items.stream().map(SpringTemplateContestant::toEntity).toList();
        return EntityBatch.of(template.getCollectionName(SpringRich.class), entities.size(),
                () -> template.insert(entities, SpringRich.class),
                () -> template.findAll(SpringRich.class).stream().mapToInt(rich -> rich.tags().isEmpty() ? 0 : 1)
                        .sum(),
                id -> template.findById(id, SpringRich.class) != null);
    }

    private static SpringRich toEntity(Rich rich) {
        Address address = rich.address();
        return new SpringRich(
                rich.id(),
                rich.name(),
                new SpringAddress(address.street(), address.city(), address.zip()),
                new ArrayList<>(rich.tags()),
                new LinkedHashMap<>(rich.counts()),
                rich.createdAt(),
                rich.price());
    }
}
