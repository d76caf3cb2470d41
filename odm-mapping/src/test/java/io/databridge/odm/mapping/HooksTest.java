package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.spi.EntityListener;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks run the same way on single and bulk paths, only for what was written, without domain changes. */
class HooksTest {

    record Doc(String id, String stamp, long version) {
    }

    private final List<String> events = new ArrayList<>();
    private final ScriptedStore store = new ScriptedStore();
    private final MappingOdm odm = new MappingOdm(store, MappingContext.create(MappingConfiguration.builder()
            .listener(Doc.class, new EntityListener<>() {
                @Override
                public Doc beforeInsert(Doc entity) {
                    events.add("beforeInsert " + entity.id());
                    return new Doc(entity.id(), "inserted", entity.version());
                }

                @Override
                public void afterInsert(Doc stored) {
                    events.add("afterInsert " + stored.id() + " v" + stored.version() + " " + stored.stamp());
                }

                @Override
                public Doc beforeSave(Doc entity) {
                    events.add("beforeSave " + entity.id());
                    return new Doc(entity.id(), "saved", entity.version());
                }

                @Override
                public void afterSave(Doc stored) {
                    events.add("afterSave " + stored.id() + " v" + stored.version() + " " + stored.stamp());
                }

                @Override
                public void beforeDelete(Object id) {
                    events.add("beforeDelete " + id);
                }

                @Override
                public void afterDelete(Object id) {
                    events.add("afterDelete " + id);
                }

                @Override
                public Doc afterLoad(Doc loaded) {
                    events.add("afterLoad " + loaded.id());
                    return loaded;
                }
            }).build()));
    private final Repository<Doc, String> docs = odm.repository(Doc.class, String.class, "docs");

    @Test
    void singleAndBulkPathsRunTheSameHooksAndStoreWhatTheBeforeHooksReturn() {
        Doc inserted = docs.insert(new Doc("a", "", 0)).entity();
        assertEquals(new Doc("a", "inserted", 1), inserted);
        Doc saved = docs.save(new Doc("b", "", 0));
        assertEquals(new Doc("b", "saved", 1), saved);
        docs.deleteById("c");
        docs.bulk().insert(new Doc("d", "", 0)).save(new Doc("e", "", 3)).deleteById("f").execute();
        assertEquals(List.of("beforeInsert a", "afterInsert a v1 inserted", "beforeSave b", "afterSave b v1 saved",
                "beforeDelete c", "afterDelete c", "beforeInsert d", "beforeSave e", "beforeDelete f",
                "afterInsert d v1 inserted", "afterSave e v4 saved", "afterDelete f"), events);
        assertEquals(new StringValue("saved"), store.writes().get(0).operations().get(0) instanceof
                io.databridge.odm.api.store.WriteOperation.Insert insert ? insert.document().get("stamp") : null);
    }

    @Test
    void afterHooksRunOnlyForPositionsThatWereWritten() {
        store.answerWrites(request -> new BulkWriteReport(WriteReport.builder(2)
                .failed(new WriteError(1, 11000, "duplicate", null)).build(), 1, 0, 0, 0, Map.of(), List.of()));
        docs.bulk().insert(new Doc("ok", "", 0)).insert(new Doc("dup", "", 0)).tryExecute(InsertOptions.unordered());
        assertEquals(List.of("beforeInsert ok", "beforeInsert dup", "afterInsert ok v1 inserted"), events);
    }

    @Test
    void afterLoadRunsOnEveryEntityRead() {
        store.store(DocumentValue.of(FieldNames.of("_id", "stamp", "version"), new StringValue("x"),
                new StringValue("s"), new Int64Value(2)));
        docs.findById("x");
        assertEquals(List.of("afterLoad x"), events);
    }

    @Test
    void aHookReturningNullIsAnErrorNamingTheListener() {
        MappingOdm broken = new MappingOdm(new ScriptedStore(), MappingContext.create(MappingConfiguration.builder()
                .listener(Doc.class, new EntityListener<>() {
                    @Override
                    public Doc beforeSave(Doc entity) {
                        return null;
                    }
                }).build()));
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> broken.repository(Doc.class, String.class, "docs").save(new Doc("a", "", 0)));
        assertTrue(failure.getMessage().contains("beforeSave"), failure.getMessage());
    }
}
