package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import java.math.BigDecimal;

/**
 * The numbers of {@code $inc} and {@code $mul}, converted to the field's stored numeric type when they fit exactly: an
 * Integer delta on a long field is sent as an int64 (so a missing field is created with the right type), a fraction
 * on a whole-number field, a BigDecimal on a double or a double on a BigDecimal is refused, as is any arithmetic on a
 * float field, because the result would no longer read back as the field's type.
 */
final class ArithmeticOperands {

    private final Class<?> entityType;
    private final StoredValues values;

    ArithmeticOperands(Class<?> entityType, StoredValues values) {
        this.entityType = entityType;
        this.values = values;
    }

    /**
     * Converts the number of an {@code $inc} or {@code $mul}.
     *
     * @param path the field, resolved
     * @param number the delta or factor
     * @param operation {@code inc} or {@code mul}, named in errors
     * @return the number as the field's stored type
     * @throws InvalidQueryException if the field is not numeric or the number does not fit it exactly
     */
    ExtractedValue operand(ResolvedPath path, Number number, String operation) {
        ValueMapper field = path.valueMapper();
        String got = "; got " + number.getClass().getSimpleName() + " " + number;
        ExtractedValue operand = switch (field instanceof Scalars scalar ? scalar : null) {
            case INT32, SHORT, BYTE -> {
                long whole = whole(path, number, operation, field, got);
                long min = field == Scalars.INT32 ? Integer.MIN_VALUE : field == Scalars.SHORT ? Short.MIN_VALUE
                        : Byte.MIN_VALUE;
                long max = field == Scalars.INT32 ? Integer.MAX_VALUE : field == Scalars.SHORT ? Short.MAX_VALUE
                        : Byte.MAX_VALUE;
                if (whole < min || whole > max) {
                    throw invalid(path, operation + " by a number the field's type holds (" + min + " to " + max
                            + " for " + UpdateRenderer.describe(field) + ")" + got);
                }
                yield Int32Value.of((int) whole);
            }
            case INT64 -> new Int64Value(whole(path, number, operation, field, got));
            case DOUBLE -> {
                if (number instanceof BigDecimal) {
                    throw invalid(path, operation + " of a Double field by a binary number (Integer, Long, Double, "
                            + "Float): a BigDecimal would turn the stored double into a decimal128" + got);
                }
                if (number instanceof Long whole && ((double) whole == 0x1p63 || (long) (double) whole != whole)) {
                    throw invalid(path, operation + " by a number a double holds exactly" + got);
                }
                yield new DoubleValue(number.doubleValue());
            }
            case DECIMAL -> {
                if (number instanceof Double || number instanceof Float) {
                    throw invalid(path, operation + " of a BigDecimal field by a BigDecimal or a whole number: a "
                            + "binary double is not the decimal it prints as" + got);
                }
                yield number instanceof BigDecimal decimal ? values.convert(path, Scalars.DECIMAL, decimal, "")
                        : new DecimalValue(BigDecimal.valueOf(number.longValue()));
            }
            case FLOAT -> throw invalid(path, operation + " on a field the server's arithmetic keeps readable; a Float "
                    + "field reads back only doubles a float holds exactly, which a sum or product computed in double "
                    + "precision need not be: set the new value instead");
            case null, default -> throw invalid(path, operation + " needs a numeric field (int, long, double, short, "
                    + "byte or BigDecimal); this one holds " + UpdateRenderer.describe(field));
        };
        return operand;
    }

    private long whole(ResolvedPath path, Number number, String operation, ValueMapper field, String got) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte) {
            return number.longValue();
        }
        throw invalid(path, operation + " of a whole-number field (" + UpdateRenderer.describe(field) + ") by a whole number "
                + "(Integer, Long, Short, Byte): the server would store the fraction's type in the field, which would "
                + "no longer read back" + got);
    }

    private InvalidQueryException invalid(ResolvedPath path, String problem) {
        return new InvalidQueryException(entityType, path.javaPath(), problem);
    }
}
