package london.patchwork.server.imports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The organisers' import page: upload a file, follow the job page (it reloads itself) to the report. */
@MicronautTest(transactional = false)
class OrganiseImportsIT extends HubTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    private TestMembers.SignedIn olu;
    private TestMembers.SignedIn ada;
    private ImportRequests imports;

    @BeforeAll
    void join() {
        imports = ImportRequests.of(http(), getProperties());
        olu = TestMembers.OLU.join(baseUrl());
        ada = TestMembers.ADA.join(baseUrl());
    }

    @Test
    void anOrganiserUploadsAFileAndFollowsItToItsReport() {
        String page = olu.get("/organise/imports", "text/html").body();
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("<option value=\"kumu\"");
        HttpResponse<String> uploaded = upload(olu, "csv", ImportRequests.csv(
                ",Ridley Road Market,place,local-economy,,,,,,,,,,,,,51.5485,-0.0745,,market,,,"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        String job = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(job).matches("/organise/imports/\\d+");

        String done = await().atMost(Duration.ofSeconds(30)).until(() -> olu.get(job, "text/html").body(),
                body -> body.contains("id=\"import-report\""));
        assertThat(done).contains("<dd id=\"count-imported\">1").doesNotContain("http-equiv=\"refresh\"");
        assertThat(imports.count("assets")).isGreaterThanOrEqualTo(1);
        assertThat(olu.get("/organise/imports", "text/html").body()).contains("href=\"" + job + "\"");
    }

    @Test
    void aRejectedUploadShowsEveryBadRow() {
        HttpResponse<String> uploaded = upload(olu, "csv", ImportRequests.csv(
                ",Good,place,physical-spaces,,,,,,,,,,,,,,,,,,,",
                ",Bad,volcano,physical-spaces,,,,,,,,,,,,,200,0,,,,,"));
        String job = uploaded.headers().firstValue("Location").orElseThrow();
        String done = await().atMost(Duration.ofSeconds(30)).until(() -> olu.get(job, "text/html").body(),
                body -> body.contains("id=\"import-report\""));
        assertThat(done).contains("Rejected").contains("<td>line 3</td><td>kind</td>")
                .contains("<td>line 3</td><td>latitude</td><td>latitude must be between -90 and 90</td>");
    }

    @Test
    void aJobInProgressShowsItsProgressAndReloadsItself() throws java.sql.SQLException {
        long id = imports.insert("insert into imports "
                + "(status, format, total, processed, bytes, leased_until) values ('validating', 'csv', 10, 4, 100, "
                + "now() + interval '1 hour') returning id");
        String page = olu.get("/organise/imports/" + id, "text/html").body();
        assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"2\">")
                .contains("<progress id=\"import-progress\" max=\"10\" value=\"4\">")
                .contains("4 of 10 rows").doesNotContain("id=\"import-report\"");
    }

    @Test
    void membersWhoAreNotOrganisersOrModeratorsAreTurnedAway() {
        assertThat(ada.get("/organise/imports", "text/html").statusCode()).isEqualTo(403);
        HttpResponse<String> upload = upload(ada, "csv", ImportRequests.csv(",X,place,gifts,,,,,,,,,,,,,,,,,,,"));
        assertThat(upload.statusCode()).isEqualTo(403);
    }

    /** Posts the upload form as a browser does: the file, its format and the form token. */
    private HttpResponse<String> upload(TestMembers.SignedIn member, String format, String file) {
        Matcher token = FORM_TOKEN.matcher(member.http().get("/sign-in", "text/html").body());
        assertThat(token.find()).isTrue();
        String boundary = "import-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_form\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n" + format
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"assets.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return member.http().send(HttpRequest.newBuilder(member.http().uri("/organise/imports"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("Cookie", member.sessionCookie() + "; patchwork_form=" + token.group(1)));
    }
}
