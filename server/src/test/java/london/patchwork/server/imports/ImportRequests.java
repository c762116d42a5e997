package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.TestHubs;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/** Posting files to a hub's import API as the organiser token, and counting what the hub then holds. */
record ImportRequests(HttpProbe http, FederationRows rows) {

    static final String HEADER = "id,name,kind,category,description,website,email,phone,status,eligibility,fees,"
            + "schedule,languages,location_name,address,postcode,latitude,longitude,accessibility,tags,url,"
            + "created_at,updated_at";

    /** For the hub a test class runs: its address and its database. */
    static ImportRequests of(HttpProbe http, java.util.Map<String, String> properties) {
        return new ImportRequests(http, new FederationRows(properties.get("datasources.default.url")));
    }

    HttpResponse<String> post(String query, String contentType, byte[] file, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/patchwork/imports" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request);
    }

    HttpResponse<String> post(String query, String contentType, String file, String... headers) {
        return post(query, contentType, file.getBytes(StandardCharsets.UTF_8), headers);
    }

    JsonNode job(String location) {
        return HttpProbe.json(http.send(HttpRequest.newBuilder(http.uri(location)).GET()
                .header("Accept", "application/json").header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN)));
    }

    /** Runs an insert … returning id, to set up a job row as a test needs it. */
    long insert(String sql) {
        try (var connection = rows.connect(); var statement = connection.prepareStatement(sql);
             var row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        try (var connection = rows.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts of the tables an import writes, to compare before and after. */
    List<Long> counts() {
        return List.of(count("assets"), count("asset_revisions"), count("ties"));
    }

    static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }
}
