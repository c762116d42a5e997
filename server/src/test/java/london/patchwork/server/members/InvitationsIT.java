package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisers invite; invited people join through the link's page and become Person actors. */
@MicronautTest
class InvitationsIT extends HubTest {

    @Inject DataSource dataSource;

    @Test
    void onlyOrganisersMakeInvitationsAndTheLinkIsShownOnce() throws Exception {
        HttpResponse<String> anonymous = http().send(post("/api/admin/invitations", "{}", null));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> made = http().send(post("/api/admin/invitations",
                "{\"role\":\"moderator\",\"expiresInDays\":3,\"note\":\"for Ada\"}", TestHubs.ORGANISER_TOKEN));
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode invitation = HttpProbe.json(made);
        assertThat(invitation.get("role").asText()).isEqualTo("moderator");
        String url = invitation.get("url").asText();
        assertThat(url).startsWith(baseUrl() + "/invitations/");
        assertThat(Duration.between(Instant.now(), Instant.parse(invitation.get("expiresAt").asText())))
                .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        // Only the token's hash is kept.
        assertThat(scalar("select count(*) from invitations where token_hash = ?", SecretTokens.hash(token)))
                .isEqualTo("1");
        assertThat(scalar("select count(*) from invitations where token_hash = ?", token)).isEqualTo("0");

        for (String refused : List.of("{\"role\":\"owner\"}", "{\"expiresInDays\":0}", "{\"expiresInDays\":91}")) {
            HttpResponse<String> response = http().send(post("/api/admin/invitations", refused,
                    TestHubs.ORGANISER_TOKEN));
            assertThat(response.statusCode()).as(refused).isEqualTo(422);
            assertThat(HttpProbe.json(response).get("error").asText()).as(refused).isNotBlank();
        }
    }

    @Test
    void anInvitedPersonJoinsAndIsAPersonOnTheFediverseAndTheLinkThenStopsWorking() throws Exception {
        String link = invite("member");
        HttpResponse<String> page = http().get(path(link), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"" + path(link) + "\"")
                .contains("invited as a member");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        HttpResponse<String> joined = join(link, "grace_h", "Grace Hopper", "grace@example.org", "cobol-forever-1959");
        assertThat(joined.statusCode()).isEqualTo(201);
        String authority = URI.create(baseUrl()).getAuthority();
        assertThat(joined.body()).contains("@grace_h@" + authority).doesNotContain("cobol-forever-1959");

        JsonNode actor = HttpProbe.json(http().get("/actors/grace_h", "application/activity+json"));
        assertThat(actor.get("type").asText()).isEqualTo("Person");
        assertThat(actor.get("preferredUsername").asText()).isEqualTo("grace_h");
        assertThat(actor.get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(actor.at("/publicKey/publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(actor.get("inbox").asText()).isNotBlank();
        HttpResponse<String> webFinger = http().get("/.well-known/webfinger?resource=acct:grace_h@" + authority,
                "application/jrd+json");
        assertThat(webFinger.statusCode()).isEqualTo(200);
        assertThat(webFinger.body()).contains(actor.get("id").asText());
        // A browser asking for the actor is sent to the member's page.
        HttpResponse<String> redirect = http().get("/actors/grace_h", "text/html");
        assertThat(redirect.statusCode()).isEqualTo(303);
        String profile = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(profile).isEqualTo("/@grace_h");
        HttpResponse<String> browser = http().get(profile, "text/html");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("Grace Hopper").contains("@grace_h@" + authority)
                .contains("<link rel=\"alternate\" type=\"application/activity+json\" href=\""
                        + actor.get("id").asText() + "\">");
        assertThat(http().get("/@" + TestHubs.HACKNEY.username(), "text/html").statusCode())
                .as("the hub's Group actor is not a member").isEqualTo(404);

        String hash = scalar("select m.password_hash from members m join actors a on a.id = m.actor_id "
                + "where a.username = ?", "grace_h");
        assertThat(hash).startsWith("$argon2id$").doesNotContain("cobol");
        assertThat(new Passwords().matches("cobol-forever-1959".toCharArray(), hash)).isTrue();
        assertThat(scalar("select m.role from members m join actors a on a.id = m.actor_id where a.username = ?",
                "grace_h")).isEqualTo("member");

        // Used: the link answers 410 on both methods and nothing more is stored.
        String members = scalar("select count(*) from members");
        assertThat(http().get(path(link), "text/html").statusCode()).isEqualTo(410);
        HttpResponse<String> again = join(link, "someone_else", "", "else@example.org", "another-password-1");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(scalar("select count(*) from members")).isEqualTo(members);
        assertThat(scalar("select count(*) from actors where username = ?", "someone_else")).isEqualTo("0");
    }

    @Test
    void problemsAreShownBesideTheirFieldsWhatWasTypedIsKeptAndNothingIsStored() throws Exception {
        String link = invite("member");
        String actors = scalar("select count(*) from actors");
        HttpResponse<String> refused = join(link, "<b>no spaces</b>", "", "not-an-email", "short");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"form-errors\"")
                .contains("id=\"handle-error\"").contains("id=\"email-error\"").contains("id=\"password-error\"")
                .doesNotContain("id=\"displayName-error\"")
                .contains("aria-invalid=\"true\"")
                // What was typed comes back, escaped; the password never does.
                .contains("value=\"&lt;b>no spaces&lt;/b>\"").contains("value=\"not-an-email\"")
                .doesNotContain("<b>no spaces</b>").doesNotContain("value=\"short\"");
        assertThat(scalar("select count(*) from actors")).isEqualTo(actors);

        // The invitation still works.
        assertThat(join(link, "ada", "Ada", "ada@example.org", "analytical-engine-1843").statusCode())
                .isEqualTo(201);
    }

    @Test
    void aJoinPostedWithoutThePagesFormTokenIsRefusedAndTheInvitationStaysOpen() throws Exception {
        String link = invite("member");
        String body = "handle=forged&displayName=&email=forged%40example.org&password=forged-password-1";
        HttpResponse<String> forged = http().send(HttpRequest.newBuilder(http().uri(path(link)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(scalar("select count(*) from actors where username = ?", "forged")).isEqualTo("0");
        assertThat(join(link, "forged", "", "forged@example.org", "forged-password-1").statusCode()).isEqualTo(201);
    }

    @Test
    void aTakenHandleOrEmailIsRefusedWhateverItsCaseAndTheInvitationStaysOpen() throws Exception {
        assertThat(join(invite("member"), "Mary", "Mary", "mary@example.org", "difference-engine-1").statusCode())
                .isEqualTo(201);
        String link = invite("member");
        HttpResponse<String> handleTaken = join(link, "MARY", "", "other@example.org", "difference-engine-2");
        assertThat(handleTaken.statusCode()).isEqualTo(422);
        assertThat(handleTaken.body()).contains("id=\"handle-error\"").contains("taken");
        HttpResponse<String> emailTaken = join(link, "mary2", "", "MARY@example.org", "difference-engine-3");
        assertThat(emailTaken.statusCode()).isEqualTo(422);
        assertThat(emailTaken.body()).contains("id=\"email-error\"");
        // The hub's own actor's name is taken too.
        HttpResponse<String> hubName = join(link, TestHubs.HACKNEY.username(), "", "hub@example.org",
                "difference-engine-4");
        assertThat(hubName.statusCode()).isEqualTo(422);
        assertThat(scalar("select count(*) from members where lower(email) = lower(?)", "other@example.org"))
                .isEqualTo("0");
        assertThat(join(link, "mary2", "", "mary2@example.org", "difference-engine-5").statusCode()).isEqualTo(201);
    }

    @Test
    void anExpiredOrUnknownLinkSaysSo() throws Exception {
        String link = invite("member");
        execute("update invitations set expires_at = now() - interval '1 minute' where token_hash = ?",
                SecretTokens.hash(link.substring(link.lastIndexOf('/') + 1)));
        HttpResponse<String> expired = http().get(path(link), "text/html");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("expired");
        assertThat(join(link, "late", "", "late@example.org", "too-late-by-a-minute").statusCode()).isEqualTo(410);
        assertThat(scalar("select count(*) from actors where username = ?", "late")).isEqualTo("0");

        assertThat(http().get("/invitations/not-a-real-token", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void twoPeopleRacingForOneLinkMakeOneMember() throws Exception {
        String link = invite("member");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            racers.add(() -> {
                start.await();
                return join(link, "racer" + n, "", "racer" + n + "@example.org", "first-past-the-post").statusCode();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers.size())) {
            List<Future<Integer>> results = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        }
        assertThat(statuses).containsOnlyOnce(201).filteredOn(status -> status != 201).containsOnly(410);
        assertThat(scalar("select count(*) from actors where username like 'racer%'")).isEqualTo("1");
        assertThat(scalar("select count(*) from members m join actors a on a.id = m.actor_id "
                + "where a.username like 'racer%'")).isEqualTo("1");
    }

    private String invite(String role) {
        HttpResponse<String> made = http().send(post("/api/admin/invitations", "{\"role\":\"" + role + "\"}",
                TestHubs.ORGANISER_TOKEN));
        assertThat(made.statusCode()).isEqualTo(201);
        return HttpProbe.json(made).get("url").asText();
    }

    private HttpResponse<String> join(String link, String handle, String displayName, String email, String password) {
        // Any page's form token will do: its cookie and its field must match, as a browser sends them.
        Matcher formToken = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"")
                .matcher(http().get("/sign-in", "text/html").body());
        assertThat(formToken.find()).isTrue();
        String body = Map.of("handle", handle, "displayName", displayName, "email", email, "password", password,
                        "_form", formToken.group(1))
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http().send(HttpRequest.newBuilder(http().uri(path(link)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("Cookie", FormTokens.COOKIE + "=" + formToken.group(1)));
    }

    private static String path(String link) {
        return URI.create(link).getPath();
    }

    private HttpRequest.Builder post(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private String scalar(String sql, Object... parameters) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
