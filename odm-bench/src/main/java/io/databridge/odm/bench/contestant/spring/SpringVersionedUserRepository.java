package io.databridge.odm.bench.contestant.spring;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The Spring Data repository of {@link SpringVersionedUser}s, created standalone with
 * {@code new MongoRepositoryFactory(template).getRepository(...)}; the {@code save-all} workload uses its
 * {@code saveAll}.
 */
public interface SpringVersionedUserRepository extends MongoRepository<SpringVersionedUser, ObjectId> {
}
