package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The import API on a real hub: a CSV imported whole, and bad files refused with clear reasons and nothing stored. */
@MicronautTest(transactional = false)
class ImportsApiIT extends HubTest {

    private ImportRequests imports;

    @BeforeAll
    void setUp() {
        imports = ImportRequests.of(http(), getProperties());
    }

    @Test
    void aCsvIsImportedWholeAndReported() {
        HttpResponse<String> response = imports.post("", "text/csv", ImportRequests.csv(
                "7,Clapton Library,organisation,institutions,Books and a warm space,https://library.example/,,"
                        + "020 7946 0001,active,,Free,Mon-Sat 9-5,en;tr,Library,\"Northwold Road, London\",E5 8RA,"
                        + "51.5612,-0.0602,Step-free,books;warm space,https://other.example/assets/7,,",
                "8,\"Sewing circle, \"\"Threads\"\"\",group,associations,\"Meets weekly.\nBring fabric.\",,,,,,,,,,,"
                        + ",,,,,,,"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode report = HttpProbe.json(response);
        assertThat(report.get("status").asText()).isEqualTo("imported");
        assertThat(report.get("read").asInt()).isEqualTo(2);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isZero();

        JsonNode found = HttpProbe.json(http().get("/api/patchwork/assets?q=Clapton", "application/json"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("latitude").asDouble()).isEqualTo(51.5612);
        assertThat(found.get(0).get("tags").toString()).isEqualTo("[\"books\",\"warm space\"]");
        assertThat(found.get(0).get("address").asText()).isEqualTo("Northwold Road, London");
        JsonNode sewing = HttpProbe.json(http().get("/api/patchwork/assets?kind=group", "application/json"));
        assertThat(sewing.get(0).get("name").asText()).isEqualTo("Sewing circle, \"Threads\"");
        assertThat(sewing.get(0).get("description").asText()).isEqualTo("Meets weekly.\nBring fabric.");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsStored() {
        List<Long> before = imports.counts();
        HttpResponse<String> response = imports.post("", "text/csv", ImportRequests.csv(
                ",Good row,place,physical-spaces,,,,,,,,,,,,,51.5,-0.1,,,,,",
                ",Far north,place,physical-spaces,,,,,,,,,,,,,91,-0.1,,,,,",
                ",Castle,castle,physical-spaces,,,,,,,,,,,,,,,,,,,",
                ",Stall,place,bazaars,,,,,,,,,,,,,,,,,,,",
                ",Nowhere,place,physical-spaces,,,,,,,,,,,,,north,-0.1,,,,,"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode report = HttpProbe.json(response);
        assertThat(report.get("status").asText()).isEqualTo("rejected");
        assertThat(report.get("read").asInt()).isEqualTo(5);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(report.get("rejections").toString())
                .contains("{\"line\":3,\"field\":\"latitude\",\"message\":\"latitude must be between -90 and 90\"}")
                .contains("{\"line\":4,\"field\":\"kind\"")
                .contains("{\"line\":5,\"field\":\"category\"")
                .contains("{\"line\":6,\"field\":\"latitude\",\"message\":\"latitude is not a number: north\"}");
        assertThat(imports.counts()).isEqualTo(before);
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedNamingThem() {
        List<Long> before = imports.counts();
        HttpResponse<String> response = imports.post("?format=csv", "text/plain", "name,description\nHall,Big\n");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(response).get("error").asText())
                .isEqualTo("the CSV lacks the required columns kind, category");
        assertThat(imports.counts()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstBadByte() {
        List<Long> before = imports.counts();
        byte[] latin1 = ImportRequests.csv(",Café,place,physical-spaces,,,,,,,,,,,,,,,,,,,")
                .getBytes(StandardCharsets.ISO_8859_1);
        int at = ImportRequests.HEADER.length() + 2 + ",Caf".length();
        HttpResponse<String> response = imports.post("", "text/csv", latin1);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(response).get("error").asText()).isEqualTo("the file is not UTF-8 at byte " + at);
        assertThat(imports.counts()).isEqualTo(before);
    }

    @Test
    void unknownFormatsAndMalformedJsonAreRefused() {
        assertThat(imports.post("", "text/plain", "x").statusCode()).isEqualTo(415);
        assertThat(imports.post("", "application/json", "{}").statusCode()).isEqualTo(415);
        HttpResponse<String> unknown = imports.post("?format=xlsx", "text/csv", "x");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(unknown).get("error").asText()).startsWith("unknown format xlsx");
        HttpResponse<String> malformed = imports.post("?format=kumu", "application/json",
                "{\"elements\": [\n  {\"label\": \"A\",}\n]}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(malformed).get("error").asText()).startsWith("malformed JSON at line 2, column");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedWithAClearReasonAndNothingStored() {
        List<Long> before = imports.counts();
        byte[] file = new byte[(int) ImportService.MAX_BYTES + 1];
        Arrays.fill(file, (byte) 'a');
        HttpResponse<String> response = imports.post("", "text/csv", file);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(HttpProbe.json(response).get("error").asText()).startsWith("the file is larger than 50 MB");
        assertThat(imports.counts()).isEqualTo(before);
    }

    @Test
    void membersWhoAreNotModeratorsMayNotImport() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        HttpResponse<String> refused = ada.json("POST", "/api/patchwork/imports?format=kumu",
                "{\"elements\": []}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(HttpProbe.json(refused).get("error").asText()).isEqualTo("only organisers and moderators import");
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        HttpResponse<String> allowed = mo.json("POST", "/api/patchwork/imports?format=kumu",
                "{\"elements\": [{\"label\": \"Hoxton Hall\", \"type\": \"place\", \"category\": \"physical-spaces\"}]}");
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
    }

    @Test
    void aLargeFileRunsAsAJobWhoseProgressReachesItsTotal() {
        StringBuilder rows = new StringBuilder(ImportRequests.HEADER).append('\n');
        int count = 400;
        for (int i = 0; i < count; i++) {
            rows.append(",Bench ").append(i).append(",place,physical-spaces,,,,,,,,,,,,,51.5,-0.0").append(i)
                    .append(",,benches,,,\n");
        }
        long before = imports.count("assets");
        HttpResponse<String> accepted = imports.post("", "text/csv", rows.toString(), "Prefer", "respond-async");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/patchwork/imports/\\d+");

        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(() -> imports.job(location),
                job -> job.get("status").asText().equals("imported"));
        assertThat(done.get("total").asInt()).isEqualTo(count);
        assertThat(done.get("processed").asInt()).isEqualTo(count);
        assertThat(done.get("report").get("imported").asInt()).isEqualTo(count);
        assertThat(imports.count("assets")).isEqualTo(before + count);
    }

    @Test
    void aJobWithRejectedRowsEndsRejectedWithItsReport() {
        long before = imports.count("assets");
        HttpResponse<String> accepted = imports.post("", "text/csv",
                ImportRequests.csv(",Lido,place,physical-spaces,,,,,,,,,,,,,51.5,,,,,,"), "Prefer", "respond-async");
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> imports.job(location),
                job -> job.get("finished_at") != null && !job.get("finished_at").isNull());
        assertThat(done.get("status").asText()).isEqualTo("rejected");
        assertThat(done.get("report").get("rejections").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(imports.count("assets")).isEqualTo(before);
    }

    @Test
    void aJobInterruptedByARestartIsMarkedFailedHavingStoredNothing() throws java.sql.SQLException {
        long id = imports.insert("insert into imports "
                + "(status, format, total, processed, bytes, upload, leased_until) values ('writing', 'csv', 10, 4, "
                + "3, 'x,y'::bytea, now() - interval '1 second') returning id");
        JsonNode failed = await().atMost(Duration.ofSeconds(30)).until(() -> imports.job("/api/patchwork/imports/" + id),
                job -> job.get("status").asText().equals("failed"));
        assertThat(failed.get("reason").asText()).isEqualTo(ImportJobs.INTERRUPTED);
        assertThat(imports.count("imports where upload is not null and id = " + id)).isZero();
    }
}
