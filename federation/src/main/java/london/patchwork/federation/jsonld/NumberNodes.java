package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number nodes of the kind a number has once it has been written and read again, so that a value
 * read on either path compares equal to itself after a round trip. A decimal with no fractional
 * digits ({@code 1.0E1}, {@code -4.5124068651898056E16}: scale 0) is written as {@code 10} and so
 * reads back as an integer; Titanium's JSON already calls it integral. Left a {@code DecimalNode},
 * it would print like the {@code IntNode} it becomes and still not be equal to it.
 *
 * <p>Other decimals stay exact ({@code 1.50} keeps its scale, {@code 1E+400} stays finite).
 */
final class NumberNodes extends JsonNodeFactory {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The factory {@link JsonInput} parses with. */
    static final NumberNodes INSTANCE = new NumberNodes();

    private NumberNodes() {
    }

    @Override
    public ValueNode numberNode(BigDecimal value) {
        if (value != null && value.scale() == 0) {
            return integral(value.unscaledValue());
        }
        return super.numberNode(value);
    }

    /** @return the smallest integral node that holds {@code value}, as Jackson's parser would choose */
    static ValueNode integral(BigInteger value) {
        if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return instance.numberNode(value.intValue());
        }
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return instance.numberNode(value.longValue());
        }
        return instance.numberNode(value);
    }
}
