package london.patchwork.server.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.AppAuthorisations.App;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Map;

import static london.patchwork.server.testing.AppAuthorisations.authorizePath;
import static london.patchwork.server.testing.AppAuthorisations.challengeOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth 2 authorization-code flow, over real HTTP, as Mastodon apps go through it, and every way it refuses. */
@MicronautTest(transactional = false)
class OAuthFlowIT extends HubTest {

    private static final String CALLBACK = "https://app.example/callback";
    private static final String VERIFIER = "a-verifier-of-more-than-forty-three-characters-0123456789";

    private TestMembers.SignedIn ada;
    private App app;

    @BeforeAll
    void members() {
        ada = TestMembers.ADA.join(baseUrl());
        app = AppAuthorisations.register(http(), "Tusky", CALLBACK + "\\n" + AppAuthorisations.OOB,
                "read write follow push");
    }

    @Test
    void anAppGoesThroughTheWholeFlowWithPkceAndAReusedCodeRevokesItsToken() {
        String consent = ada.get(authorizePath(app, CALLBACK, "read write", "xyz", challengeOf(VERIFIER)),
                "text/html").body();
        assertThat(consent).contains("Authorise Tusky?").contains("https://app.example")
                .contains("@ada@").contains("read everything in your account")
                .contains("post, edit and delete as you");

        HttpResponse<String> answered = AppAuthorisations.answer(ada,
                authorizePath(app, CALLBACK, "read write", "xyz", challengeOf(VERIFIER)), "authorise");
        assertThat(answered.statusCode()).isEqualTo(302);
        URI location = URI.create(answered.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?code=");
        assertThat(AppAuthorisations.queryParameter(location, "state")).contains("xyz");
        String code = AppAuthorisations.queryParameter(location, "code").orElseThrow();

        HttpResponse<String> granted = AppAuthorisations.token(http(), Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "code_verifier", VERIFIER));
        assertThat(granted.statusCode()).isEqualTo(200);
        JsonNode token = HttpProbe.json(granted);
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("scope").asText()).isEqualTo("read write");
        assertThat(token.get("created_at").asLong()).isPositive();
        String accessToken = token.get("access_token").asText();

        HttpResponse<String> me = AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", accessToken);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(me).get("username").asText()).isEqualTo("ada");
        assertThat(HttpProbe.json(me).get("source").get("privacy").asText()).isEqualTo("public");
        HttpResponse<String> itself = AppAuthorisations.get(http(), "/api/v1/apps/verify_credentials", accessToken);
        assertThat(HttpProbe.json(itself).get("name").asText()).isEqualTo("Tusky");
        assertThat(HttpProbe.json(itself).has("client_secret")).isFalse();

        HttpResponse<String> again = AppAuthorisations.token(http(), Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "code_verifier", VERIFIER));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(again).get("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> afterReuse = AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials",
                accessToken);
        assertThat(afterReuse.statusCode()).isEqualTo(401);
        assertThat(HttpProbe.json(afterReuse).get("error").asText()).isEqualTo("The access token is invalid");
    }

    @Test
    void aWrongPkceVerifierAWrongRedirectAndAnExpiredCodeAreRefused() throws Exception {
        String code = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null,
                challengeOf(VERIFIER)));
        HttpResponse<String> wrongVerifier = AppAuthorisations.token(http(), Map.of("grant_type",
                "authorization_code", "code", code, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "code_verifier", VERIFIER.replace('a', 'b')));
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(wrongVerifier).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(HttpProbe.json(wrongVerifier).get("error_description").asText()).contains("code_verifier");

        String noVerifierCode = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null,
                challengeOf(VERIFIER)));
        HttpResponse<String> missingVerifier = AppAuthorisations.token(http(), Map.of("grant_type",
                "authorization_code", "code", noVerifierCode, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", app.clientSecret()));
        assertThat(missingVerifier.statusCode()).isEqualTo(400);

        String another = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null, null));
        HttpResponse<String> wrongRedirect = AppAuthorisations.token(http(), Map.of("grant_type",
                "authorization_code", "code", another, "redirect_uri", AppAuthorisations.OOB,
                "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertThat(wrongRedirect.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(wrongRedirect).get("error_description").asText()).contains("redirect_uri");

        String expiring = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null, null));
        sql("update oauth_codes set expires_at = now() - interval '1 second' where used_at is null");
        HttpResponse<String> expired = AppAuthorisations.token(http(), Map.of("grant_type", "authorization_code",
                "code", expiring, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", app.clientSecret()));
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(expired).get("error_description").asText()).contains("expired");

        String fresh = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null, null));
        HttpResponse<String> wrongSecret = AppAuthorisations.token(http(), Map.of("grant_type",
                "authorization_code", "code", fresh, "redirect_uri", CALLBACK, "client_id", app.clientId(),
                "client_secret", "not-the-secret"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(HttpProbe.json(wrongSecret).get("error").asText()).isEqualTo("invalid_client");
        // The code survives a request from someone without the secret: the app can still use it.
        assertThat(AppAuthorisations.exchange(http(), app, fresh, CALLBACK, null)).isNotBlank();
    }

    @Test
    void anUnknownAppOrAnUnregisteredRedirectGetsAPageOfTheHubNeverARedirect() {
        HttpResponse<String> unknown = ada.get("/oauth/authorize?response_type=code&client_id=nobody"
                + "&redirect_uri=https%3A%2F%2Fevil.example%2F", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        assertThat(unknown.body()).contains("No app with this client_id");

        HttpResponse<String> mismatch = ada.get(authorizePath(app, "https://evil.example/callback", "read", "s",
                null), "text/html");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.headers().firstValue("Location")).isEmpty();
        assertThat(mismatch.body()).contains("did not register");

        HttpResponse<String> badScope = ada.get(authorizePath(app, CALLBACK, "admin:read", "s", null), "text/html");
        // Shown to the member, not redirected: the hub is no one's redirector.
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(badScope.headers().firstValue("Location")).isEmpty();
        assertThat(badScope.body()).contains("invalid_scope");
    }

    @Test
    void aSignedOutMemberSignsInFirstAndComesBackToTheConsentPage() {
        String path = authorizePath(app, CALLBACK, "read", "back", null);
        TestMembers.SignedIn visitor = new TestMembers.SignedIn(http(), null);
        HttpResponse<String> signedOut = visitor.get(path, "text/html");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        String signIn = signedOut.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).startsWith("/sign-in?next=");
        String next = AppAuthorisations.queryParameter(URI.create(signIn), "next").orElseThrow();
        assertThat(visitor.get(signIn, "text/html").body()).contains("name=\"next\"");

        HttpResponse<String> signedIn = visitor.form("/sign-in", Map.of("identifier", "ada",
                "password", TestMembers.ADA.password(), "next", next));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains(next);
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("patchwork_session=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow();
        HttpResponse<String> consent = new TestMembers.SignedIn(http(), session).get(next, "text/html");
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("Authorise Tusky?");

        // force_login: even a signed-in member signs in again first, and comes back without it.
        HttpResponse<String> forced = ada.get(path + "&force_login=true", "text/html");
        assertThat(forced.statusCode()).isEqualTo(303);
        assertThat(forced.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in?next=")
                .doesNotContain("force_login");

        // Never onwards to another site.
        HttpResponse<String> elsewhere = visitor.form("/sign-in", Map.of("identifier", "ada",
                "password", TestMembers.ADA.password(), "next", "//evil.example/"));
        assertThat(elsewhere.headers().firstValue("Location")).contains("/account");
    }

    @Test
    void theConsentFormNeedsItsTokenAndDenyingTellsTheApp() {
        String path = authorizePath(app, CALLBACK, "read", "st", null);
        HttpResponse<String> forged = http().send(HttpRequest.newBuilder(http().uri("/oauth/authorize"))
                .POST(HttpRequest.BodyPublishers.ofString(AppAuthorisations.query(Map.of("client_id",
                        app.clientId(), "redirect_uri", CALLBACK, "scope", "read", "decision", "authorise"))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", ada.sessionCookie()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> denied = AppAuthorisations.answer(ada, path, "deny");
        assertThat(denied.statusCode()).isEqualTo(302);
        URI location = URI.create(denied.headers().firstValue("Location").orElseThrow());
        assertThat(AppAuthorisations.queryParameter(location, "error")).contains("access_denied");
        assertThat(AppAuthorisations.queryParameter(location, "state")).contains("st");
        assertThat(AppAuthorisations.queryParameter(location, "code")).isEmpty();
    }

    @Test
    void outOfBandShowsTheCodeAndATokenIsHeldToItsScopes() {
        String code = AppAuthorisations.authorise(ada, authorizePath(app, AppAuthorisations.OOB, "read", null, null));
        String readOnly = AppAuthorisations.exchange(http(), app, code, AppAuthorisations.OOB, null);

        HttpResponse<String> read = AppAuthorisations.get(http(), "/api/v1/markers?timeline[]=home", readOnly);
        assertThat(read.statusCode()).isEqualTo(200);
        HttpResponse<String> write = AppAuthorisations.json(http(), "POST", "/api/v1/markers",
                "{\"home\":{\"last_read_id\":\"5\"}}", readOnly);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(HttpProbe.json(write).get("error").asText())
                .isEqualTo("This action is outside the authorized scopes");

        String profileCode = AppAuthorisations.authorise(ada, authorizePath(
                AppAuthorisations.register(http(), "Profile only", CALLBACK, "profile"), CALLBACK, "profile", null,
                null));
        // A session is not held to scopes.
        assertThat(ada.json("POST", "/api/v1/markers", "{\"home\":{\"last_read_id\":\"7\"}}").statusCode())
                .isEqualTo(200);
        assertThat(profileCode).isNotBlank();
    }

    @Test
    void anOrganisersAppCannotUseTheOrganiserApiAndTheOrganiserTokenStillWorks() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        String code = AppAuthorisations.authorise(olu, authorizePath(app, CALLBACK, "read write follow", null, null));
        String token = AppAuthorisations.exchange(http(), app, code, CALLBACK, null);
        HttpResponse<String> invitation = AppAuthorisations.json(http(), "POST", "/api/admin/invitations",
                "{\"role\":\"member\"}", token);
        assertThat(invitation.statusCode()).isEqualTo(403);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(200);

        HttpResponse<String> organiser = AppAuthorisations.json(http(), "POST", "/api/admin/invitations",
                "{\"role\":\"member\"}", TestHubs.ORGANISER_TOKEN);
        assertThat(organiser.statusCode()).isEqualTo(201);
        HttpResponse<String> nonsense = AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials",
                "no-such-token");
        assertThat(nonsense.statusCode()).isEqualTo(401);
        assertThat(HttpProbe.json(nonsense).get("error").asText()).isEqualTo("The access token is invalid");
    }

    @Test
    void clientCredentialsGiveTheAppItsOwnTokenWithNoMemberAndBasicAuthAndMultipartWork() {
        String basic = Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> own = http().send(HttpRequest.newBuilder(http().uri("/oauth/token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=read"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic));
        assertThat(own.statusCode()).isEqualTo(200);
        String token = HttpProbe.json(own).get("access_token").asText();
        assertThat(AppAuthorisations.get(http(), "/api/v1/apps/verify_credentials", token).statusCode())
                .isEqualTo(200);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(403);

        String boundary = "patchwork-boundary";
        String multipart = part(boundary, "grant_type", "client_credentials") + part(boundary, "client_id",
                app.clientId()) + part(boundary, "client_secret", app.clientSecret()) + "--" + boundary + "--\r\n";
        HttpResponse<String> asMultipart = http().send(HttpRequest.newBuilder(http().uri("/oauth/token"))
                .POST(HttpRequest.BodyPublishers.ofString(multipart))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertThat(asMultipart.statusCode()).as(asMultipart.body()).isEqualTo(200);

        HttpResponse<String> tooWide = AppAuthorisations.token(http(), Map.of("grant_type", "client_credentials",
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "scope", "read admin:read"));
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(tooWide).get("error").asText()).isEqualTo("invalid_scope");
        HttpResponse<String> unsupported = AppAuthorisations.token(http(), Map.of("grant_type", "password",
                "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertThat(HttpProbe.json(unsupported).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aRevokedTokenAndASuspendedMembersTokenGet401() throws Exception {
        String code = AppAuthorisations.authorise(ada, authorizePath(app, CALLBACK, "read", null, null));
        String token = AppAuthorisations.exchange(http(), app, code, CALLBACK, null);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(200);
        HttpResponse<String> revoked = AppAuthorisations.token(http(), Map.of());
        assertThat(revoked.statusCode()).isEqualTo(401);
        HttpResponse<String> revoke = http().send(HttpRequest.newBuilder(http().uri("/oauth/revoke"))
                .POST(HttpRequest.BodyPublishers.ofString(AppAuthorisations.query(Map.of("token", token,
                        "client_id", app.clientId(), "client_secret", app.clientSecret()))))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(revoke.body()).isEqualTo("{}");
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(401);

        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        String graceCode = AppAuthorisations.authorise(grace, authorizePath(app, CALLBACK, "read", null, null));
        String graceToken = AppAuthorisations.exchange(http(), app, graceCode, CALLBACK, null);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", graceToken).statusCode())
                .isEqualTo(200);
        sql("update members set suspended_at = now() where actor_id = (select id from actors where username = 'grace'"
                + " and local)");
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", graceToken).statusCode())
                .isEqualTo(401);
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(getProperties().get("datasources.default.url"),
                getProperties().get("datasources.default.username"), "");
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.executeUpdate();
        }
    }
}
