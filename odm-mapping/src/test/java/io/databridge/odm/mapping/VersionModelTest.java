package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.Version;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.VersionModel;
import org.junit.jupiter.api.Test;

/** Which member is the version, and which declarations are refused when the model is built. */
class VersionModelTest {

    private final MappingContext context = MappingContext.create(MappingConfiguration.builder().build());

    record ByConvention(String id, long version) {
    }

    record Annotated(String id, @Version Integer revision) {
    }

    record TextVersion(String id, String version) {
    }

    record TwoVersions(String id, @Version long a, @Version long b) {
    }

    record WrongType(String id, @Version String revision) {
    }

    static final class FinalField {
        private final String id = "x";
        @Version
        private final long version = 0;

        @Override
        public String toString() {
            return id + version;
        }
    }

    private VersionModel version(Class<?> type) {
        return context.mapper(type).model().version();
    }

    @Test
    void aNumericMemberCalledVersionIsTheVersionByConvention() {
        VersionModel version = version(ByConvention.class);
        assertEquals("version", version.storedName());
        assertEquals(3, version.current(new ByConvention("a", 3)));
        assertEquals(new ByConvention("a", 4), version.withVersion(new ByConvention("a", 3), 4));
    }

    @Test
    void anAnnotatedIntegerVersionReadsNullAsZeroAndStoresInt32() {
        VersionModel version = version(Annotated.class);
        assertEquals(0, version.current(new Annotated("a", null)));
        assertEquals(new Annotated("a", 1), version.withVersion(new Annotated("a", null), 1));
        assertEquals("int32", version.stored(7).typeName());
    }

    @Test
    void aStringCalledVersionIsOrdinaryData() {
        assertNull(version(TextVersion.class));
    }

    @Test
    void wrongVersionDeclarationsAreMappingProblemsNamingTheMember() {
        MappingException two = assertThrows(MappingException.class, () -> context.mapper(TwoVersions.class));
        assertTrue(two.getMessage().contains("second @Version"), two.getMessage());
        MappingException text = assertThrows(MappingException.class, () -> context.mapper(WrongType.class));
        assertTrue(text.getMessage().contains("revision") && text.getMessage().contains("long, Long, int or Integer"),
                text.getMessage());
        MappingException fixed = assertThrows(MappingException.class, () -> context.mapper(FinalField.class));
        assertTrue(fixed.getMessage().contains("non-final"), fixed.getMessage());
    }
}
