package london.patchwork.federation.signatures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data model of RFC 9651 / RFC 8941 Structured Field Values, as far as HTTP Message Signatures
 * and Digest Fields need it. {@code Signature-Input} is a dictionary of inner lists with parameters,
 * {@code Signature} and {@code Content-Digest} are dictionaries of byte sequences.
 */
final class Sf {

    private Sf() {
    }

    /** A value without parameters. */
    sealed interface BareItem permits Int, Dec, Str, Token, Bytes, Bool, Date {
    }

    record Int(long value) implements BareItem {
    }

    record Dec(BigDecimal value) implements BareItem {
    }

    record Str(String value) implements BareItem {
    }

    record Token(String value) implements BareItem {
    }

    record Bytes(byte[] value) implements BareItem {
    }

    record Bool(boolean value) implements BareItem {
    }

    record Date(long seconds) implements BareItem {
    }

    /** A dictionary or list member. */
    sealed interface Member permits Item, InnerList {
        Map<String, BareItem> params();
    }

    /** A bare item with its parameters, in their original order. */
    record Item(BareItem value, Map<String, BareItem> params) implements Member {
        Item {
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }

        static Item of(BareItem value) {
            return new Item(value, Map.of());
        }
    }

    /** A parenthesised list of items with parameters of its own. */
    record InnerList(List<Item> items, Map<String, BareItem> params) implements Member {
        InnerList {
            items = List.copyOf(items);
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }
    }

    /** Thrown by the parser for any syntax error; callers map it to their own failure. */
    static final class ParseException extends Exception {
        ParseException(String message) {
            super(message, null, false, false);
        }
    }
}
