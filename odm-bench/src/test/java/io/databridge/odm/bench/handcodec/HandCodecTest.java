package io.databridge.odm.bench.handcodec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.junit.jupiter.api.Test;

class HandCodecTest {

    private final DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);

    @Test
    void userRoundTripsInDeclaredOrderWithBsonTypes() {
        User user = data.users(1).getFirst();
        var raw = new RawBsonDocument(user, new UserCodec());
        assertEquals(List.of("_id", "name", "email", "age", "city", "score", "active"), List.copyOf(raw.keySet()));
        assertEquals(user.age(), raw.getInt32("age").getValue());
        assertEquals(user, raw.decode(new UserCodec()));
    }

    @Test
    void richRoundTripsWithNestedDocumentArrayDateAndDecimal() {
        Rich rich = data.rich(1).getFirst();
        BsonDocument document = new RawBsonDocument(rich, new RichCodec()).toBsonDocument();
        assertEquals(List.of("_id", "name", "address", "tags", "counts", "createdAt", "price"),
                List.copyOf(document.keySet()));
        assertEquals(List.of("street", "city", "zip"), List.copyOf(document.getDocument("address").keySet()));
        assertEquals(rich.createdAt().toEpochMilli(), document.getDateTime("createdAt").getValue());
        assertEquals(rich.price(), document.getDecimal128("price").getValue().bigDecimalValue());
        assertEquals(rich, new RichCodec().decode(document.asBsonReader(), DecoderContext.builder().build()));
    }
}
