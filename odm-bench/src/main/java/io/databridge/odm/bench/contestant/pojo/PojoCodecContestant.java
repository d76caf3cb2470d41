package io.databridge.odm.bench.contestant.pojo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.pojo.PojoCodecProvider;

/** {@code pojo-codec}: JavaBeans inserted through the driver's automatic {@code PojoCodecProvider}. */
public final class PojoCodecContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "pojo-codec";

    private MongoDatabase database;

    /** Creates the contestant; {@link #setUp} connects it. */
    public PojoCodecContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean keepsFieldOrder() {
        return false;
    }

    @Override
    public void setUp(BenchTarget target) {
        database = target.database().withCodecRegistry(CodecRegistries.fromRegistries(
                MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build())));
    }

    @Override
    public EntityBatch users(List<User> users) {
        var collection = database.getCollection("pojo_codec_user", PojoUser.class);
        List<PojoUser> entities = users.stream().map(PojoCodecContestant::toBean).toList();
        return EntityBatch.of("pojo_codec_user", entities.size(), () -> collection.insertMany(entities),
                () -> collection.find().into(new ArrayList<>()).stream().mapToInt(user -> user.getAge() >= 0 ? 1 : 1)
                        .sum(),
                id -> collection.find(Filters.eq("_id", id)).first() != null);
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        var collection = database.getCollection("pojo_codec_rich", PojoRich.class);
        List<PojoRich> entities = items.stream().map(PojoCodecContestant::toBean).toList();
        return EntityBatch.of("pojo_codec_rich", entities.size(), () -> collection.insertMany(entities),
                () -> collection.find().into(new ArrayList<>()).stream()
                        .mapToInt(rich -> rich.getTags().isEmpty() ? 0 : 1).sum(),
                id -> collection.find(Filters.eq("_id", id)).first() != null);
    }

    private static PojoUser toBean(User user) {
        var bean = new PojoUser();
        bean.setId(user.id());
        bean.setName(user.name());
        bean.setEmail(user.email());
        bean.setAge(user.age());
        bean.setCity(user.city());
        bean.setScore(user.score());
        bean.setActive(user.active());
        return bean;
    }

    private static PojoRich toBean(Rich rich) {
        Address address = rich.address();
        var addressBean = new PojoAddress();
        addressBean.setStreet(address.street());
        addressBean.setCity(address.city());
        addressBean.setZip(address.zip());
        var bean = new PojoRich();
        bean.setId(rich.id());
        bean.setName(rich.name());
        bean.setAddress(addressBean);
        bean.setTags(new ArrayList<>(rich.tags()));
        bean.setCounts(new LinkedHashMap<>(rich.counts()));
        bean.setCreatedAt(rich.createdAt());
        bean.setPrice(rich.price());
        return bean;
    }
}
