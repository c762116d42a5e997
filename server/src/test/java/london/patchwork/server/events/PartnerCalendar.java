package london.patchwork.server.events;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's calendar on 127.0.0.1 (a real HTTP server): serves {@code /feed.ics} with an ETag, answers a matching
 * {@code If-None-Match} with 304, and can be made to fail (a status) or go away (stopped: connection refused).
 */
final class PartnerCalendar implements AutoCloseable {

    private final HttpServer server;
    private volatile String body = "";
    private volatile String contentType = "text/calendar; charset=utf-8";
    private volatile int failWith;
    private final AtomicInteger version = new AtomicInteger();
    private final List<String> validatorsSeen = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    PartnerCalendar() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/feed.ics", exchange -> {
            requests.incrementAndGet();
            String etag = "\"v" + version.get() + "\"";
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            validatorsSeen.add(asked == null ? "" : asked);
            if (failWith != 0) {
                exchange.sendResponseHeaders(failWith, -1);
            } else if (etag.equals(asked)) {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", contentType);
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.ics";
    }

    /** Serves these VEVENT blocks from now on, under a new ETag. */
    void serve(String... vevents) {
        serveRaw("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//Test//EN\r\nX-WR-CALNAME:Clapton Tenants\r\n"
                + String.join("", vevents) + "END:VCALENDAR\r\n", "text/calendar; charset=utf-8");
    }

    void serveRaw(String text, String type) {
        body = text;
        contentType = type;
        failWith = 0;
        version.incrementAndGet();
    }

    void failWith(int status) {
        failWith = status;
    }

    String lastValidator() {
        return validatorsSeen.isEmpty() ? null : validatorsSeen.getLast();
    }

    int requests() {
        return requests.get();
    }

    static String vevent(String uid, String start, String summary) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260901T000000Z\r\nDTSTART;TZID=Europe/London:" + start
                + "\r\nDURATION:PT2H\r\nSUMMARY:" + summary + "\r\nLOCATION:Clapton Hall\r\n"
                + "URL:https://partner.example/" + uid + "\r\nEND:VEVENT\r\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
