package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The masto Mastodon client library (npm {@code masto}, as Elk and Phanpy use it), run by Node for the tests: each
 * call starts {@code node client.mjs} from {@code src/test/masto-client} and reads its one JSON answer. A client is
 * bound to a hub and, once it has one, a member's access token; {@link #call} reaches any REST method of the library
 * by its path ({@code v1.statuses.create}, {@code v1.accounts.$select(12).follow}), so tests of posting, timelines,
 * notifications and search extend the same flow.
 */
final class MastoClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CALL_TIMEOUT_SECONDS = 60;

    private final NodeTools tools;
    private final Path directory;
    private final String url;
    private final String accessToken;

    private MastoClient(NodeTools tools, Path directory, String url, String accessToken) {
        this.tools = tools;
        this.directory = directory;
        this.url = url;
        this.accessToken = accessToken;
    }

    /** A client for the hub at {@code baseUrl} with no token yet; skips the test where Node is missing. */
    static MastoClient forHub(String baseUrl) {
        NodeTools tools = NodeTools.require();
        return new MastoClient(tools, PeerInstallation.prepare(tools, "src/test/masto-client"), baseUrl, null);
    }

    /** The same client signed in with a member's (or app's) access token. */
    MastoClient withToken(String token) {
        return new MastoClient(tools, directory, url, token);
    }

    /** What the library answered: the result, or the HTTP status and message of its error. */
    record Answer(JsonNode result, int failedStatus, String failure) {
        boolean ok() {
            return failure == null;
        }

        JsonNode orThrow() {
            if (!ok()) {
                throw new AssertionError("masto failed: " + failedStatus + " " + failure);
            }
            return result;
        }
    }

    Answer registerApp(String clientName, String redirectUris, String scopes, String website) {
        return run("registerApp", args().put("clientName", clientName).put("redirectUris", redirectUris)
                .put("scopes", scopes).put("website", website));
    }

    /** The authorization-code grant, with the PKCE verifier when given. */
    Answer token(String clientId, String clientSecret, String redirectUri, String code, String codeVerifier) {
        ObjectNode args = args().put("clientId", clientId).put("clientSecret", clientSecret)
                .put("redirectUri", redirectUri).put("code", code);
        if (codeVerifier != null) {
            args.put("codeVerifier", codeVerifier);
        }
        return run("token", args);
    }

    Answer revoke(String clientId, String clientSecret, String token) {
        return run("revoke", args().put("clientId", clientId).put("clientSecret", clientSecret).put("token", token));
    }

    /** Any REST method of the library, by path, with this client's token; {@code params} may be null. */
    Answer call(String path, JsonNode params) {
        ObjectNode args = args().put("path", path);
        if (accessToken != null) {
            args.put("accessToken", accessToken);
        }
        if (params != null) {
            args.set("params", params);
        }
        return run("call", args);
    }

    private ObjectNode args() {
        return JSON.createObjectNode().put("url", url);
    }

    private Answer run(String command, ObjectNode args) {
        try {
            Process node = new ProcessBuilder(tools.node().toString(), "client.mjs", command, args.toString())
                    .directory(directory.toFile()).redirectErrorStream(false).start();
            if (!node.waitFor(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("masto " + command + " took over " + CALL_TIMEOUT_SECONDS + " s");
            }
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (out.isEmpty()) {
                throw new AssertionError("masto " + command + " printed nothing (exit " + node.exitValue() + "): "
                        + err);
            }
            JsonNode answer = JSON.readTree(out.lines().reduce((first, last) -> last).orElseThrow());
            if (answer.has("failed")) {
                JsonNode failed = answer.get("failed");
                return new Answer(null, failed.path("status").asInt(), failed.path("message").asText());
            }
            return new Answer(answer.get("ok"), 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
