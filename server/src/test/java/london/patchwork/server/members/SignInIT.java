package london.patchwork.server.members;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Members sign in with an email or handle and a password, behind a form token and a limit on failures. */
@MicronautTest
class SignInIT extends HubTest {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    @BeforeAll
    void members() {
        join("ada", "ada@example.org", "analytical-engine-1843");
        join("grace", "grace@example.org", "cobol-forever-1959");
    }

    @Test
    void theSignInFormCarriesTheTokenItsCookieHolds() {
        HttpResponse<String> page = http().get("/sign-in", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = setCookie(page, FormTokens.COOKIE).orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(hiddenToken(page)).isEqualTo(cookieValue(cookie));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefusedAndSignsNoOneIn() {
        HttpResponse<String> page = http().get("/sign-in", "text/html");
        String token = hiddenToken(page);
        // No cookie at all, and a cookie that does not match the field.
        for (String cookie : new String[]{null, FormTokens.COOKIE + "=" + "x".repeat(43)}) {
            HttpResponse<String> refused = post("/sign-in", Map.of("identifier", "ada",
                    "password", "analytical-engine-1843", "_form", token), cookie);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(setCookie(refused, Sessions.COOKIE)).isEmpty();
        }
    }

    @Test
    void aWrongPasswordOrUnknownAccountGetsTheSameAnswerAndWhatWasTypedIsKept() {
        Form form = Form.open(this);
        HttpResponse<String> wrong = form.post("/sign-in", Map.of("identifier", "grace", "password", "fortran-1957"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"sign-in-error\"").contains("do not match").contains("value=\"grace\"")
                .doesNotContain("fortran-1957");
        assertThat(setCookie(wrong, Sessions.COOKIE)).isEmpty();
        HttpResponse<String> unknown = form.post("/sign-in", Map.of("identifier", "nobody", "password", "whatever-1"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("do not match");
    }

    @Test
    void aMemberSignsInByHandleOrEmailSeesTheirAccountAndSignsOut() {
        Form form = Form.open(this);
        HttpResponse<String> byEmail = form.post("/sign-in", Map.of("identifier", "ADA@example.org",
                "password", "analytical-engine-1843"));
        assertThat(byEmail.statusCode()).isEqualTo(303);
        assertThat(byEmail.headers().firstValue("Location")).hasValue("/account");
        String sessionCookie = setCookie(byEmail, Sessions.COOKIE).orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        String session = Sessions.COOKIE + "=" + cookieValue(sessionCookie);

        HttpResponse<String> account = get("/account", session + "; " + form.cookie());
        assertThat(account.statusCode()).isEqualTo(200);
        String authority = URI.create(baseUrl()).getAuthority();
        assertThat(account.body()).contains("@ada@" + authority).contains("a member of");
        assertThat(get("/account", null).statusCode()).isEqualTo(303);

        HttpResponse<String> byHandle = form.post("/sign-in", Map.of("identifier", "@ada@" + authority,
                "password", "analytical-engine-1843"));
        assertThat(byHandle.statusCode()).isEqualTo(303);

        HttpResponse<String> out = post("/sign-out", Map.of("_form", form.token()), session + "; " + form.cookie());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(setCookie(out, Sessions.COOKIE).orElseThrow()).contains("Max-Age=0");
        // The old cookie signs no one in any more.
        assertThat(get("/account", session).statusCode()).isEqualTo(303);
        assertThat(get("/account", session).headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaits() {
        join("mary", "mary@example.org", "difference-engine-1");
        Form form = Form.open(this);
        for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
            assertThat(form.post("/sign-in", Map.of("identifier", "mary", "password", "guess-number-" + i))
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = form.post("/sign-in", Map.of("identifier", "MARY",
                "password", "difference-engine-1"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(setCookie(limited, Sessions.COOKIE)).isEmpty();
        // Another account from the same address is not held up by Mary's.
        assertThat(form.post("/sign-in", Map.of("identifier", "grace", "password", "cobol-forever-1959"))
                .statusCode()).isEqualTo(303);
    }

    @Test
    void aMemberChangesTheirPasswordAndTheirOtherSessionsEnd() {
        join("kath", "kath@example.org", "hidden-figures-1962");
        Form form = Form.open(this);
        String here = sessionOf(form.post("/sign-in", Map.of("identifier", "kath", "password", "hidden-figures-1962")));
        String elsewhere = sessionOf(form.post("/sign-in", Map.of("identifier", "kath",
                "password", "hidden-figures-1962")));
        String cookies = here + "; " + form.cookie();
        assertThat(get("/account/password", null).statusCode()).isEqualTo(303);
        assertThat(get("/account/password", cookies).statusCode()).isEqualTo(200);

        HttpResponse<String> wrongCurrent = post("/account/password", Map.of("current", "not-my-password",
                "password", "orbital-mechanics-1", "_form", form.token()), cookies);
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("id=\"current-error\"");
        HttpResponse<String> tooShort = post("/account/password", Map.of("current", "hidden-figures-1962",
                "password", "short", "_form", form.token()), cookies);
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("id=\"password-error\"");
        HttpResponse<String> noToken = post("/account/password", Map.of("current", "hidden-figures-1962",
                "password", "orbital-mechanics-1"), here);
        assertThat(noToken.statusCode()).isEqualTo(403);
        // None of those changed anything: the old password still works.
        assertThat(form.post("/sign-in", Map.of("identifier", "kath", "password", "hidden-figures-1962"))
                .statusCode()).isEqualTo(303);

        HttpResponse<String> changed = post("/account/password", Map.of("current", "hidden-figures-1962",
                "password", "orbital-mechanics-1", "_form", form.token()), cookies);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("id=\"password-changed\"");
        assertThat(get("/account", here).statusCode()).as("this session stays").isEqualTo(200);
        assertThat(get("/account", elsewhere).statusCode()).as("the other one ends").isEqualTo(303);
        assertThat(form.post("/sign-in", Map.of("identifier", "kath", "password", "hidden-figures-1962"))
                .statusCode()).isEqualTo(401);
        assertThat(form.post("/sign-in", Map.of("identifier", "kath", "password", "orbital-mechanics-1"))
                .statusCode()).isEqualTo(303);
    }

    private static String sessionOf(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return Sessions.COOKIE + "=" + cookieValue(setCookie(signedIn, Sessions.COOKIE).orElseThrow());
    }

    /** The sign-in page's token and cookie, for posting as a browser would. */
    private record Form(SignInIT test, String token) {
        static Form open(SignInIT test) {
            return new Form(test, hiddenToken(test.http().get("/sign-in", "text/html")));
        }

        String cookie() {
            return FormTokens.COOKIE + "=" + token;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> withToken = new java.util.HashMap<>(fields);
            withToken.put("_form", token);
            return test.post(path, withToken, cookie());
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String cookie) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
        return http().send(cookie == null ? request : request.header("Cookie", cookie));
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path)).header("Accept", "text/html");
        return http().send(cookie == null ? request : request.header("Cookie", cookie));
    }

    private void join(String handle, String email, String password) {
        HttpResponse<String> made = http().send(HttpRequest.newBuilder(http().uri("/api/admin/invitations"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        String link = URI.create(HttpProbe.json(made).get("url").asText()).getPath();
        HttpResponse<String> joined = Form.open(this).post(link, Map.of("handle", handle, "displayName", handle,
                "email", email, "password", password));
        assertThat(joined.statusCode()).as("joining as " + handle).isEqualTo(201);
    }

    private static Optional<String> setCookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    private static String cookieValue(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    private static String hiddenToken(HttpResponse<String> page) {
        Matcher matcher = HIDDEN_TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("the form's hidden token").isTrue();
        return matcher.group(1);
    }
}
