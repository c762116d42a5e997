package london.patchwork.server.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The address a request came from, for limits kept per address. By default the connection's own: a client can write
 * any {@code X-Forwarded-For} it likes, so the header is believed only when the hub says how many proxies of its own
 * stand in front of it ({@code patchwork.proxy.trusted-hops}, {@code PATCHWORK_PROXY_TRUSTED_HOPS}); then the
 * address that many entries from the right, the one the outermost trusted proxy saw, is the client's.
 */
@Singleton
public class ClientAddresses {

    private final int trustedHops;

    public ClientAddresses(@Value("${patchwork.proxy.trusted-hops:0}") int trustedHops) {
        if (trustedHops < 0 || trustedHops > 10) {
            throw new IllegalStateException("patchwork.proxy.trusted-hops must be from 0 to 10, not " + trustedHops);
        }
        this.trustedHops = trustedHops;
    }

    public String of(HttpRequest<?> request) {
        String connection = request.getRemoteAddress().getAddress().getHostAddress();
        if (trustedHops == 0) {
            return connection;
        }
        return fromForwarded(request.getHeaders().getAll("X-Forwarded-For"), trustedHops, connection);
    }

    /** The entry {@code hops} from the right of every X-Forwarded-For value joined; the connection if too few. */
    static String fromForwarded(List<String> headers, int hops, String connection) {
        List<String> entries = headers.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        if (entries.size() < hops) {
            return connection;
        }
        return entries.get(entries.size() - hops);
    }
}
