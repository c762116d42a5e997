package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The member's side of authorising a Mastodon app, as a browser does it: open {@code /oauth/authorize} signed in,
 * read the consent page's form, and post it with Authorise (or Deny). Also plain helpers for the app's side
 * (register, exchange a code) for tests that check the hub's answers exactly.
 */
public final class AppAuthorisations {

    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"");
    private static final Pattern OOB_CODE = Pattern.compile("id=\"oob-code\"[^>]*value=\"([^\"]+)\"");

    private AppAuthorisations() {
    }

    /** An app as registered: its client credentials. */
    public record App(String clientId, String clientSecret, JsonNode json) {
    }

    /** Registers an app with JSON, as masto and Elk do. */
    public static App register(HttpProbe http, String name, String redirectUri, String scopes) {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("/api/v1/apps"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"" + name + "\",\"redirect_uris\":\""
                        + redirectUri + "\",\"scopes\":\"" + scopes + "\",\"website\":\"https://app.example\"}"))
                .header("Content-Type", "application/json").header("Accept", "application/json"));
        if (made.statusCode() != 200) {
            throw new AssertionError("registering " + name + ": " + made.statusCode() + " " + made.body());
        }
        JsonNode json = HttpProbe.json(made);
        return new App(json.get("client_id").asText(), json.get("client_secret").asText(), json);
    }

    /** {@code /oauth/authorize?…} for this app. */
    public static String authorizePath(App app, String redirectUri, String scope, String state,
                                       String codeChallenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", app.clientId());
        params.put("redirect_uri", redirectUri);
        params.put("scope", scope);
        if (state != null) {
            params.put("state", state);
        }
        if (codeChallenge != null) {
            params.put("code_challenge", codeChallenge);
            params.put("code_challenge_method", "S256");
        }
        return "/oauth/authorize?" + query(params);
    }

    /** The member opens the authorisation page and answers; the hub's answer (a redirect, or the code page). */
    public static HttpResponse<String> answer(TestMembers.SignedIn member, String authorizePath, String decision) {
        HttpResponse<String> consent = member.get(authorizePath, "text/html");
        if (consent.statusCode() != 200) {
            throw new AssertionError("consent page: " + consent.statusCode() + " "
                    + consent.headers().firstValue("Location").orElse(consent.body()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(consent.body());
        while (hidden.find()) {
            if (!hidden.group(1).equals("_form")) {
                fields.put(hidden.group(1), unescape(hidden.group(2)));
            }
        }
        fields.put("decision", decision);
        return member.form("/oauth/authorize", fields);
    }

    /** Authorises and returns the code: from the redirect's query, or from the page shown for {@code oob}. */
    public static String authorise(TestMembers.SignedIn member, String authorizePath) {
        HttpResponse<String> answered = answer(member, authorizePath, "authorise");
        Optional<String> location = answered.headers().firstValue("Location");
        if (answered.statusCode() == 302 && location.isPresent()) {
            return queryParameter(URI.create(location.get()), "code")
                    .orElseThrow(() -> new AssertionError("no code in " + location.get()));
        }
        Matcher code = OOB_CODE.matcher(answered.body());
        if (answered.statusCode() == 200 && code.find()) {
            return code.group(1);
        }
        throw new AssertionError("authorising: " + answered.statusCode() + " " + answered.body());
    }

    /** Posts a token request as a form; the raw answer. */
    public static HttpResponse<String> token(HttpProbe http, Map<String, String> fields) {
        return http.send(HttpRequest.newBuilder(http.uri("/oauth/token"))
                .POST(HttpRequest.BodyPublishers.ofString(query(fields)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json"));
    }

    /** Exchanges a code for a token; fails the test unless the hub grants one. */
    public static String exchange(HttpProbe http, App app, String code, String redirectUri, String verifier) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "redirect_uri", redirectUri));
        if (verifier != null) {
            fields.put("code_verifier", verifier);
        }
        HttpResponse<String> answer = token(http, fields);
        if (answer.statusCode() != 200) {
            throw new AssertionError("exchanging the code: " + answer.statusCode() + " " + answer.body());
        }
        return HttpProbe.json(answer).get("access_token").asText();
    }

    /** A GET with an app's token. */
    public static HttpResponse<String> get(HttpProbe http, String path, String token) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).GET().header("Accept", "application/json")
                .header("Authorization", "Bearer " + token));
    }

    /** A JSON request with an app's token. */
    public static HttpResponse<String> json(HttpProbe http, String method, String path, String body, String token) {
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token));
    }

    public static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<String> queryParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return Optional.of(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Optional.empty();
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
