package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named members for tests, made the way a real one is: the organiser token issues an invitation with the role,
 * the invitation page is filled in, and the member signs in. {@link SignedIn} then browses and posts forms with
 * the session and form-token cookies a browser would hold.
 */
public enum TestMembers {
    OLU("olu", "Olu Adebayo", "organiser"),
    MO("mo", "Mo Farah", "moderator"),
    ADA("ada", "Ada Lovelace", "member"),
    GRACE("grace", "Grace Hopper", "member");

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    private final String handle;
    private final String displayName;
    private final String role;

    TestMembers(String handle, String displayName, String role) {
        this.handle = handle;
        this.displayName = displayName;
        this.role = role;
    }

    public String handle() {
        return handle;
    }

    public String email() {
        return handle + "@example.org";
    }

    public String password() {
        return "correct-horse-" + handle;
    }

    public String role() {
        return role;
    }

    /** Joins the hub at {@code baseUrl} through an invitation and signs in. */
    public SignedIn join(String baseUrl) {
        HttpProbe http = new HttpProbe(baseUrl);
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("/api/admin/invitations"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"" + role + "\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        if (made.statusCode() != 201) {
            throw new AssertionError("invitation for " + handle + ": " + made.statusCode() + " " + made.body());
        }
        String link = URI.create(HttpProbe.json(made).get("url").asText()).getPath();
        SignedIn visitor = new SignedIn(http, null);
        HttpResponse<String> joined = visitor.form(link, Map.of("handle", handle, "displayName", displayName,
                "email", email(), "password", password()));
        if (joined.statusCode() != 201) {
            throw new AssertionError("joining as " + handle + ": " + joined.statusCode() + " " + joined.body());
        }
        return signIn(baseUrl);
    }

    /** Signs in a member who has already joined. */
    public SignedIn signIn(String baseUrl) {
        SignedIn visitor = new SignedIn(new HttpProbe(baseUrl), null);
        HttpResponse<String> signedIn = visitor.form("/sign-in", Map.of("identifier", handle, "password", password()));
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("patchwork_session="))
                .map(cookie -> cookie.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no session for " + handle + ": " + signedIn.statusCode()));
        return new SignedIn(visitor.http(), session);
    }

    /** A browser: the session cookie (or none) and a fresh form token for each form it posts. */
    public record SignedIn(HttpProbe http, String sessionCookie) {

        public HttpResponse<String> get(String path, String accept) {
            return http.send(withSession(HttpRequest.newBuilder(http.uri(path)).GET().header("Accept", accept)));
        }

        /** Posts a form as a browser would, with a form token taken from the sign-in page (every form accepts it). */
        public HttpResponse<String> form(String path, Map<String, String> fields) {
            return form(path, List.copyOf(fields.entrySet()));
        }

        /** A form whose names may repeat (checkboxes), posted in the order given. */
        public HttpResponse<String> form(String path, List<Map.Entry<String, String>> fields) {
            String token = formToken();
            List<Map.Entry<String, String>> withToken = new java.util.ArrayList<>(fields);
            withToken.add(Map.entry("_form", token));
            String body = withToken.stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .header("Cookie", cookies("patchwork_form=" + token));
            return http.send(request);
        }

        /** Posts a multipart form of text fields, as a browser posts a form with a file field left empty. */
        public HttpResponse<String> multipart(String path, Map<String, String> fields) {
            return multipart(path, fields, null, null, null);
        }

        /** Posts a multipart form of text fields and one file (none when {@code fileField} is null). */
        public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField,
                                              String fileName, byte[] file) {
            return multipart(path, fields, fileField, fileName, file, false);
        }

        /**
         * Posts a multipart form of text fields and one file, the file's part before the fields when
         * {@code fileFirst} (browsers send parts in the form's order, which puts a file wherever its field is).
         */
        public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField,
                                              String fileName, byte[] file, boolean fileFirst) {
            String token = formToken();
            String boundary = "patchwork-test-" + Long.toHexString(System.nanoTime());
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
            withToken.put("_form", token);
            if (fileField != null && fileFirst) {
                filePart(body, boundary, fileField, fileName, file);
            }
            withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            if (fileField != null && !fileFirst) {
                filePart(body, boundary, fileField, fileName, file);
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(http.uri(path))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html").header("Cookie", cookies("patchwork_form=" + token)));
        }

        private static void filePart(java.io.ByteArrayOutputStream body, String boundary, String field, String name,
                                     byte[] file) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                    + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        /** A JSON request signed in by the session cookie. */
        public HttpResponse<String> json(String method, String path, String body) {
            return json(method, path, body, Map.of());
        }

        /** A JSON request signed in by the session cookie, with extra headers (an {@code Idempotency-Key}…). */
        public HttpResponse<String> json(String method, String path, String body, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            headers.forEach(request::header);
            return http.send(withSession(request));
        }

        public JsonNode jsonOk(String method, String path, String body) {
            HttpResponse<String> response = json(method, path, body);
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return HttpProbe.json(response);
        }

        private String formToken() {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(http.uri("/sign-in")).GET()
                    .header("Accept", "text/html"));
            Matcher matcher = HIDDEN_TOKEN.matcher(page.body());
            if (!matcher.find()) {
                throw new AssertionError("no form token on /sign-in");
            }
            return matcher.group(1);
        }

        private HttpRequest.Builder withSession(HttpRequest.Builder request) {
            return sessionCookie == null ? request : request.header("Cookie", sessionCookie);
        }

        private String cookies(String formCookie) {
            return String.join("; ", sessionCookie == null ? List.of(formCookie) : List.of(sessionCookie, formCookie));
        }
    }
}
