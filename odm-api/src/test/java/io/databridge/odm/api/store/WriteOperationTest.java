package io.databridge.odm.api.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An update is always an operator document and a replacement never is: the port refuses the other shape. */
class WriteOperationTest {

    private static final DocumentValue FILTER = DocumentValue.of(FieldNames.of("_id"), new StringValue("a"));
    private static final DocumentValue DOCUMENT = DocumentValue.of(FieldNames.of("_id", "n"), new StringValue("a"),
            Int32Value.of(1));
    private static final DocumentValue OPERATORS = DocumentValue.of(FieldNames.of("$set"),
            DocumentValue.of(FieldNames.of("n"), Int32Value.of(2)));

    @Test
    void anUpdateMustBeAnOperatorDocument() {
        assertDoesNotThrow(() -> new WriteOperation.Update(FILTER, OPERATORS, List.of(), false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new WriteOperation.Update(FILTER, DOCUMENT, List.of(), false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new WriteOperation.Update(FILTER, DocumentValue.empty(), List.of(), false, false));
    }

    @Test
    void aReplacementIsNeverAnOperatorDocumentAndCarriesItsIdFirst() {
        assertDoesNotThrow(() -> new WriteOperation.Replace(FILTER, DOCUMENT, false, true));
        DocumentValue sneaky = DocumentValue.of(FieldNames.of("_id", "$inc"), new StringValue("a"), OPERATORS);
        assertThrows(IllegalArgumentException.class, () -> new WriteOperation.Replace(FILTER, sneaky, false, false));
        assertThrows(IllegalArgumentException.class, () -> new WriteOperation.Replace(FILTER, OPERATORS, false,
                false));
        assertThrows(IllegalArgumentException.class, () -> new WriteOperation.Insert(
                DocumentValue.of(FieldNames.of("n"), Int32Value.of(1))));
    }

    @Test
    void mustMatchIsRefusedWhereItCannotBeTold() {
        assertThrows(IllegalArgumentException.class, () -> new WriteOperation.Replace(FILTER, DOCUMENT, true, true));
        assertThrows(IllegalArgumentException.class, () -> new WriteOperation.Delete(FILTER, true, true));
    }
}
