package london.patchwork.server.assets;

import java.io.InputStream;
import java.util.List;

/**
 * A dataset of the hub's listed assets, read from the database a page at a time as the client takes the bytes, so a
 * hub of a hundred thousand assets is sent in bounded memory. Pull-based: no thread waits on a client that left.
 */
final class ExportStream extends InputStream {

    /** How a format writes its opening, a page of assets and its close. */
    interface Format {
        byte[] start();

        byte[] rows(List<AssetService.Listed> page, boolean first);

        byte[] end();
    }

    /** Where the pages come from: the listed assets after an id, by id (keyset paging). */
    interface Source {
        List<AssetService.Listed> after(long lastId, int limit);
    }

    /**
     * Where a record of a pooled dataset comes from, in the columns {@link #COLUMNS} names: the origin hub's name, its
     * origin and the record's original id.
     */
    interface Provenance {
        List<String> COLUMNS = List.of("origin_hub", "origin", "original_id");

        List<String> of(AssetService.Listed asset);
    }

    static final int PAGE = 500;

    private final Source listed;
    private final Format format;
    private byte[] buffer = new byte[0];
    private int position;
    private long lastId;
    private boolean started;
    private boolean first = true;
    private boolean finished;

    ExportStream(Source listed, Format format) {
        this.listed = listed;
        this.format = format;
    }

    @Override
    public int read() {
        return fill() ? buffer[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, into, offset, count);
        position += count;
        return count;
    }

    /** @return false at the end of the dataset */
    private boolean fill() {
        while (position >= buffer.length) {
            if (finished) {
                return false;
            }
            next();
        }
        return true;
    }

    private void next() {
        position = 0;
        if (!started) {
            started = true;
            buffer = format.start();
            return;
        }
        List<AssetService.Listed> page = listed.after(lastId, PAGE);
        if (page.isEmpty()) {
            finished = true;
            buffer = format.end();
            return;
        }
        lastId = page.getLast().id();
        buffer = format.rows(page, first);
        first = false;
    }
}
