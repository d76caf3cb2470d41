/**
 * {@code morphia}: Morphia 2.5 {@code Datastore.insert(List)} over classic mutable entity classes.
 *
 * <p>Every entity and embedded class is {@code @Entity(useDiscriminator = false)}, so no {@code _t} field is
 * stored. The datastore runs on the shared client with the default {@code MorphiaConfig}, except that it maps
 * this package up front and applies no indexes. Morphia 2.5.2 is built against driver 5.6 and declares
 * {@code mongodb-driver-legacy}; the benchmark excludes that jar (only Morphia's deprecated aggregation API
 * needs it) and runs Morphia on driver 5.8.1. The versioned entity of the write workloads has a
 * {@code @Version Long}; Morphia 2.x has no mixed bulk API, so the {@code mixed-bulk} workload runs the driver's
 * {@code bulkWrite} on Morphia's collection (Morphia's codecs, versions set by hand).
 */
package io.databridge.odm.bench.contestant.morphia;
