package london.patchwork.server.instance;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * This server's identity on the fediverse: its base URL and whether it runs in local mode. Local mode (no
 * public domain configured) is for one machine: plain http and peers on loopback or private networks are
 * allowed. Configuring a domain switches to production: https URLs and no private-network peers.
 */
@Singleton
public final class Instance {

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private final URI baseUri;
    private final boolean localMode;

    public Instance(@Nullable @Value("${patchwork.domain:}") String domain,
                    @Nullable @Value("${patchwork.base-url:}") String baseUrl,
                    @Value("${micronaut.server.port:8080}") int port) {
        this.localMode = domain == null || domain.isBlank();
        this.baseUri = resolveBaseUri(domain, baseUrl, port, localMode);
    }

    private static URI resolveBaseUri(String domain, String baseUrl, int port, boolean localMode) {
        if (!localMode && !HOST_NAME.matcher(domain).matches()) {
            throw new ConfigurationException("patchwork.domain must be a host name such as hackney.example, not '"
                    + domain + "'");
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            URI uri = parseBaseUrl(baseUrl);
            if (!localMode && !"https".equals(uri.getScheme())) {
                throw new ConfigurationException("patchwork.base-url must use https when a public domain is set: "
                        + baseUrl);
            }
            return uri;
        }
        if (localMode) {
            return URI.create("http://localhost:" + (port > 0 ? port : 8080));
        }
        return URI.create("https://" + domain.toLowerCase(Locale.ROOT));
    }

    private static URI parseBaseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("patchwork.base-url is not a URL: " + value);
        }
        boolean httpScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!httpScheme || uri.getHost() == null || !bare) {
            throw new ConfigurationException(
                    "patchwork.base-url must be an http(s) origin with no path, such as https://hackney.example: "
                            + value);
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
    }

    /** The origin every local URL starts with, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** host[:port] as it appears in handles such as {@code hub@localhost:8080}. */
    public String authority() {
        return baseUri.getRawAuthority();
    }

    /** True when no public domain is configured. */
    public boolean localMode() {
        return localMode;
    }

    /** Fetching from and delivering to loopback and private addresses: only in local mode. */
    public boolean allowsPrivateNetworks() {
        return localMode;
    }

    /** Talking plain http to peers: only in local mode. */
    public boolean allowsPlainHttp() {
        return localMode;
    }
}
