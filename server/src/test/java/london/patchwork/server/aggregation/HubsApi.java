package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The hubs API of one running hub, called with the organiser token, and what its database says of joined hubs. */
record HubsApi(RunningHub hub) {

    static final String AP = "application/activity+json";

    HttpResponse<String> add(String json) {
        return send("POST", "/api/patchwork/hubs", json);
    }

    /** Adds a hub, failing the test unless it was added (201). */
    JsonNode added(String json) {
        HttpResponse<String> response = add(json);
        if (response.statusCode() != 201) {
            throw new AssertionError("adding a hub: " + response.statusCode() + " " + response.body());
        }
        return HttpProbe.json(response);
    }

    HttpResponse<String> send(String method, String path, String json) {
        HttpProbe http = hub.http();
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }

    /** How many rows of a table hold something whose uri is on the other hub's origin. */
    long fromOrigin(String table, RunningHub other) {
        return hub.rows().queryLong("select count(*) from " + table + " where uri like ?", origin(other) + "/%");
    }

    long count(String sql, Object... values) {
        return hub.rows().queryLong(sql, values);
    }

    String backfillState(String id) {
        return HttpProbe.json(send("GET", "/api/patchwork/hubs/" + id, null)).at("/backfill/state").asText();
    }

    static String origin(RunningHub other) {
        URI base = URI.create(other.actorUrl());
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    static String handle(RunningHub other, String username) {
        return "@" + username + "@" + URI.create(other.actorUrl()).getRawAuthority();
    }
}
