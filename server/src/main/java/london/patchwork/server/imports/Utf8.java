package london.patchwork.server.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Every import is UTF-8 (RFC 4180 as the datasets write it, RFC 8259, RFC 7946); anything else is refused whole. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes the file in small pieces, keeping nothing, to find the first byte that is not UTF-8.
     *
     * @throws ImportRefused 400 naming the byte's offset (from 0)
     */
    static void check(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ImportRefused(400, "the file is not UTF-8 at byte " + in.position());
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw new ImportRefused(400, "the file is not UTF-8 at byte " + in.position());
        }
    }

    /** Where the text starts: after a byte-order mark, which spreadsheet programs write before UTF-8 CSV. */
    static int start(byte[] file) {
        return file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb && (file[2] & 0xff) == 0xbf
                ? 3 : 0;
    }
}
