package london.patchwork.federation.signatures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses Structured Field Values following the algorithms of RFC 9651 §4.2, strictly. */
final class SfParser {

    private final String input;
    private int pos;

    private SfParser(String input) {
        this.input = input;
    }

    static Map<String, Sf.Member> parseDictionary(String field) throws Sf.ParseException {
        SfParser parser = new SfParser(field);
        parser.skipSpaces();
        Map<String, Sf.Member> dictionary = new LinkedHashMap<>();
        while (!parser.atEnd()) {
            String key = parser.key();
            Sf.Member member;
            if (parser.peek() == '=') {
                parser.pos++;
                member = parser.itemOrInnerList();
            } else {
                member = new Sf.Item(new Sf.Bool(true), parser.parameters());
            }
            dictionary.put(key, member);
            if (parser.endOfMember()) {
                break;
            }
        }
        return dictionary;
    }

    static List<Sf.Member> parseList(String field) throws Sf.ParseException {
        SfParser parser = new SfParser(field);
        parser.skipSpaces();
        List<Sf.Member> list = new ArrayList<>();
        while (!parser.atEnd()) {
            list.add(parser.itemOrInnerList());
            if (parser.endOfMember()) {
                break;
            }
        }
        return list;
    }

    static Sf.Item parseItem(String field) throws Sf.ParseException {
        SfParser parser = new SfParser(field);
        parser.skipSpaces();
        Sf.Item item = parser.item();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected text after the item");
        }
        return item;
    }

    /** After a member: true at the end, false after a comma that announces another member. */
    private boolean endOfMember() throws Sf.ParseException {
        skipOptionalWhitespace();
        if (atEnd()) {
            return true;
        }
        if (input.charAt(pos++) != ',') {
            throw error("expected ',' between members");
        }
        skipOptionalWhitespace();
        if (atEnd()) {
            throw error("trailing comma");
        }
        return false;
    }

    private Sf.Member itemOrInnerList() throws Sf.ParseException {
        return peek() == '(' ? innerList() : item();
    }

    private Sf.InnerList innerList() throws Sf.ParseException {
        pos++;
        List<Sf.Item> items = new ArrayList<>();
        while (!atEnd()) {
            skipSpaces();
            if (peek() == ')') {
                pos++;
                return new Sf.InnerList(items, parameters());
            }
            items.add(item());
            char next = peek();
            if (next != ' ' && next != ')') {
                throw error("expected ' ' or ')' in an inner list");
            }
        }
        throw error("unterminated inner list");
    }

    private Sf.Item item() throws Sf.ParseException {
        Sf.BareItem value = bareItem();
        return new Sf.Item(value, parameters());
    }

    private Map<String, Sf.BareItem> parameters() throws Sf.ParseException {
        Map<String, Sf.BareItem> params = new LinkedHashMap<>();
        while (peek() == ';') {
            pos++;
            skipSpaces();
            String key = key();
            Sf.BareItem value = new Sf.Bool(true);
            if (peek() == '=') {
                pos++;
                value = bareItem();
            }
            params.put(key, value);
        }
        return params;
    }

    private Sf.BareItem bareItem() throws Sf.ParseException {
        char c = peek();
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (c == '"') {
            return new Sf.Str(string());
        }
        if (isAlpha(c) || c == '*') {
            return new Sf.Token(token());
        }
        return switch (c) {
            case ':' -> new Sf.Bytes(bytes());
            case '?' -> bool();
            case '@' -> {
                pos++;
                if (!(number() instanceof Sf.Int seconds)) {
                    throw error("a date must be an integer");
                }
                yield new Sf.Date(seconds.value());
            }
            default -> throw error("unexpected character for an item");
        };
    }

    private Sf.BareItem number() throws Sf.ParseException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (!isDigit(peek())) {
            throw error("expected a digit");
        }
        int dot = -1;
        while (!atEnd() && (isDigit(peek()) || (peek() == '.' && dot < 0))) {
            if (peek() == '.') {
                if (pos - start > 12 + (input.charAt(start) == '-' ? 1 : 0)) {
                    throw error("decimal has too many integer digits");
                }
                dot = pos;
            }
            pos++;
            if (pos - start > (dot < 0 ? 15 : 16) + (input.charAt(start) == '-' ? 1 : 0)) {
                throw error("number too long");
            }
        }
        String text = input.substring(start, pos);
        if (dot < 0) {
            return new Sf.Int(Long.parseLong(text));
        }
        int fraction = pos - dot - 1;
        if (fraction < 1 || fraction > 3) {
            throw error("decimal needs one to three fractional digits");
        }
        return new Sf.Dec(new BigDecimal(text));
    }

    private String string() throws Sf.ParseException {
        StringBuilder value = new StringBuilder();
        pos++;
        while (!atEnd()) {
            char c = input.charAt(pos++);
            if (c == '\\') {
                char escaped = atEnd() ? 0 : input.charAt(pos++);
                if (escaped != '"' && escaped != '\\') {
                    throw error("invalid escape in a string");
                }
                value.append(escaped);
            } else if (c == '"') {
                return value.toString();
            } else if (c < 0x20 || c > 0x7e) {
                throw error("invalid character in a string");
            } else {
                value.append(c);
            }
        }
        throw error("unterminated string");
    }

    private String token() {
        int start = pos;
        while (!atEnd() && (isTokenChar(peek()) || peek() == ':' || peek() == '/')) {
            pos++;
        }
        return input.substring(start, pos);
    }

    private byte[] bytes() throws Sf.ParseException {
        int start = ++pos;
        while (!atEnd() && peek() != ':') {
            char c = peek();
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
                throw error("invalid character in a byte sequence");
            }
            pos++;
        }
        if (atEnd()) {
            throw error("unterminated byte sequence");
        }
        String base64 = input.substring(start, pos++);
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw error("invalid base64 in a byte sequence");
        }
    }

    private Sf.Bool bool() throws Sf.ParseException {
        pos++;
        char c = peek();
        if (c != '0' && c != '1') {
            throw error("a boolean is ?0 or ?1");
        }
        pos++;
        return new Sf.Bool(c == '1');
    }

    private String key() throws Sf.ParseException {
        char first = peek();
        if (!((first >= 'a' && first <= 'z') || first == '*')) {
            throw error("a key starts with a lower-case letter or '*'");
        }
        int start = pos;
        while (!atEnd()) {
            char c = peek();
            if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
                break;
            }
            pos++;
        }
        return input.substring(start, pos);
    }

    private void skipSpaces() {
        while (!atEnd() && input.charAt(pos) == ' ') {
            pos++;
        }
    }

    private void skipOptionalWhitespace() {
        while (!atEnd() && (input.charAt(pos) == ' ' || input.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= input.length();
    }

    private char peek() {
        return atEnd() ? 0 : input.charAt(pos);
    }

    private Sf.ParseException error(String message) {
        return new Sf.ParseException(message + " (offset " + pos + ")");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isTokenChar(char c) {
        return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
