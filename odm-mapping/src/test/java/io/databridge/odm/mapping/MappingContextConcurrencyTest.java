package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads touching types for the first time, in different orders, all get equivalent models. */
class MappingContextConcurrencyTest {

    record A(String id, B b) {
    }

    record B(String name, List<C> cs) {
    }

    record C(int n, A back) {
    }

    record D(String id, List<D> children) {
    }

    record E(String id, C c, D d) {
    }

    private static final List<Object> SAMPLES = List.of(new A("a", new B("b", List.of(new C(1, null)))),
            new D("d", List.of(new D("d2", List.of()))), new E("e", new C(2, null), new D("d3", List.of())));

    @Test
    void firstTouchesFromManyThreadsAgree() throws Exception {
        for (int repetition = 0; repetition < 50; repetition++) {
            MappingContext context = MappingContext.create(MappingConfiguration.builder().build());
            int threads = 16;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<DocumentValue>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    List<Object> order = new ArrayList<>(SAMPLES);
                    Collections.shuffle(order, new Random(repetition * 31L + t));
                    results.add(pool.submit(() -> {
                        start.await();
                        List<DocumentValue> documents = new ArrayList<>();
                        for (Object sample : SAMPLES) {
                            documents.add(extract(context, sample));
                        }
                        return documents;
                    }));
                }
                start.countDown();
                List<DocumentValue> first = results.get(0).get();
                for (Future<List<DocumentValue>> result : results) {
                    assertEquals(first, result.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> DocumentValue extract(MappingContext context, Object sample) {
        return context.mapper((Class<T>) sample.getClass()).toDocument((T) sample);
    }
}
