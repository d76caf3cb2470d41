/**
 * {@code spring-template}: Spring Data MongoDB's {@code MongoTemplate}, standalone (no Spring Boot, no
 * application context), over Java records.
 *
 * <p>The template gets a {@code MappingMongoConverter} whose type mapper writes no {@code _class} field
 * ({@code new DefaultMongoTypeMapper(null)}) and whose conversions store {@code BigDecimal} as decimal128
 * (Spring Data 5 no longer picks a default representation). Records map through their canonical constructor,
 * so no setters are needed; the property {@code id} maps to {@code _id} by convention. The versioned entity of the
 * write workloads has a primitive {@code @Version long} and a wither, and its repository is created standalone with
 * {@code MongoRepositoryFactory}.
 */
package io.databridge.odm.bench.contestant.spring;
