package london.patchwork.server.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time from a reader, counting lines so each record knows the line it starts on (a
 * quoted field may span lines). Lenient where spreadsheets are: CR, LF or CRLF ends a record.
 */
final class CsvRecords {

    /** A record and the line (from 1) it starts on. */
    record Row(int line, List<String> fields) {
        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** A quote left open at the end of the file, or stray characters after a closing quote. */
    static final class Malformed extends Exception {
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException, Malformed {
        int c = read();
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field, start);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row(start, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's text up to its closing quote; returns the character after it. */
    private int quoted(StringBuilder field, int start) throws IOException, Malformed {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new Malformed(start, "a quoted field opened on line " + start + " is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after != -1) {
                        throw new Malformed(line, "line " + line + ": text after a closing quote");
                    }
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
