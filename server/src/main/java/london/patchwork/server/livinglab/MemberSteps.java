package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes a member's step on their hub through its public API, as the member's browser or app would, and says what
 * it published. A hub that does not answer (stopped by a fault) is the caller's to wait for; a refusal is an error
 * in the lab, not in the hub, and says so.
 */
final class MemberSteps {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Map<String, HubClient> members;
    private final Map<String, Publication> published;
    private final SimulatedClock clock;
    private final Map<String, String> actors;
    private final Map<String, String> creators = new ConcurrentHashMap<>();

    /**
     * @param members   signed-in members by their plan key
     * @param actors    each member's actor id by their plan key
     * @param published what steps published so far, by item key (shared with the residents' side)
     */
    MemberSteps(Map<String, HubClient> members, Map<String, String> actors, Map<String, Publication> published,
                SimulatedClock clock) {
        this.members = members;
        this.actors = actors;
        this.published = published;
        this.clock = clock;
    }

    /** Takes the step; empty when it publishes nothing (an introduction declined). */
    Optional<Publication> take(Step step, int hub) {
        return switch (step) {
            case Step.Post post -> Optional.of(created(post.key(), "post", hub, post.member(), "/api/v1/statuses",
                    object("status", post.text(), "visibility", "public"), post.text()));
            case Step.Thread thread -> Optional.of(created(thread.key(), "thread", hub, thread.member(),
                    "/api/patchwork/forum/threads", object("category", "general", "title", thread.title(),
                            "text", thread.body()), thread.title()));
            case Step.Guide guide -> Optional.of(created(guide.key(), "guide", hub, guide.member(),
                    "/api/patchwork/guides", object("title", guide.title(), "topic", "How-to",
                            "body", guide.body()), guide.title()));
            case Step.Article article -> Optional.of(created(article.key(), "article", hub, article.member(),
                    "/api/patchwork/articles", object("title", article.title(), "body", article.body()),
                    article.title()));
            case Step.Event event -> Optional.of(event(event, hub));
            case Step.Asset asset -> Optional.of(asset(asset, hub));
            case Step.Tie tie -> Optional.of(created(tie.key(), "tie", hub, tie.member(),
                    "/api/patchwork/connections", tieBody(tie.type(), tie.subject(), tie.object()), tie.type()));
            case Step.Introduction introduction -> introduce(introduction, hub);
            default -> throw new IllegalArgumentException("not a member's step: " + step);
        };
    }

    private Publication event(Step.Event event, int hub) {
        Publication venue = known(event.venue());
        Instant starts = clock.simulatedInstant(event.at().plus(event.startsIn()));
        ObjectNode body = object("title", event.title(), "description", (event.meetup() ? "A meetup" : "An event")
                        + " at " + venue.name() + ".", "start", LOCAL.format(starts.atZone(LONDON)),
                "end", LOCAL.format(starts.plus(event.length()).atZone(LONDON)), "time_zone", "Europe/London",
                "place_name", venue.name());
        body.put("latitude", venue.latitude()).put("longitude", venue.longitude());
        return created(event.key(), "event", hub, event.member(), "/api/patchwork/events", body, event.title(),
                venue.latitude(), venue.longitude());
    }

    private Publication asset(Step.Asset asset, int hub) {
        ObjectNode body = object("kind", asset.kind(), "category", asset.category(), "name", asset.name());
        body.put("latitude", asset.latitude()).put("longitude", asset.longitude());
        return created(asset.key(), "asset", hub, asset.member(), "/api/patchwork/assets", body, asset.name(),
                asset.latitude(), asset.longitude());
    }

    /** The weaver proposes; each end's member answers (one member answers for both ends they added). */
    private Optional<Publication> introduce(Step.Introduction introduction, int hub) {
        ObjectNode body = tieBody(introduction.type(), introduction.subject(), introduction.object());
        body.remove("strength");
        body.put("message", "You would work well together.");
        String path = "/api/patchwork/introductions/" + ok(client(introduction.weaver()).send("POST",
                "/api/patchwork/introductions", body.toString()), "proposing " + introduction.key()).path("id")
                .asText() + "/";
        if (!introduction.accepted()) {
            ok(client(creator(introduction.subject())).send("POST", path + "decline", null),
                    "declining " + introduction.key());
            return Optional.empty();
        }
        JsonNode last = null;
        for (String member : new java.util.LinkedHashSet<>(java.util.List.of(creator(introduction.subject()),
                creator(introduction.object())))) {
            if (last != null && last.path("connection").isTextual()) {
                break; // the first answered for both ends (organisers and moderators answer for any of the hub's)
            }
            last = ok(client(member).send("POST", path + "accept", null), "accepting " + introduction.key());
        }
        String connection = last.path("connection").asText(null);
        if (connection == null) {
            throw new IllegalStateException("introduction " + introduction.key() + " was accepted by both ends "
                    + "but made no connection: " + last);
        }
        String id = connection.substring(connection.lastIndexOf('/') + 1);
        JsonNode tie = ok(client(introduction.weaver()).send("GET", "/api/patchwork/connections/" + id, null),
                "reading " + introduction.key());
        return Optional.of(new Publication(introduction.key(), "tie", hub, id, tie.path("url").asText(),
                actors.get(introduction.weaver()), introduction.type(), Double.NaN, Double.NaN));
    }

    private String creator(String assetKey) {
        String member = creators.get(assetKey);
        if (member == null) {
            throw new IllegalStateException("no member added " + assetKey);
        }
        return member;
    }

    private Publication created(String key, String kind, int hub, String member, String path, ObjectNode body,
                                String name) {
        return created(key, kind, hub, member, path, body, name, Double.NaN, Double.NaN);
    }

    private Publication created(String key, String kind, int hub, String member, String path, ObjectNode body,
                                String name, double latitude, double longitude) {
        JsonNode made = ok(client(member).send("POST", path, body.toString()), kind + " " + key);
        String apId = made.path("uri").isTextual() ? made.path("uri").asText() : made.path("url").asText();
        String localId = made.has("id") ? made.path("id").asText() : made.path("slug").asText();
        creators.put(key, member);
        return new Publication(key, kind, hub, localId, apId, actors.get(member), name, latitude, longitude);
    }

    /** An end is named by its asset's id on this hub, or by its address when another hub's asset. */
    private ObjectNode tieBody(String type, String subject, String object) {
        ObjectNode body = object("type", type);
        body.putObject("subject").put("asset", known(subject).apId());
        body.putObject("object").put("asset", known(object).apId());
        body.put("strength", 3);
        return body;
    }

    private Publication known(String key) {
        Publication found = published.get(key);
        if (found == null) {
            throw new IllegalStateException("the plan refers to " + key + " before it was published");
        }
        return found;
    }

    private HubClient client(String member) {
        HubClient client = members.get(member);
        if (client == null) {
            throw new IllegalStateException("no member " + member + " in the plan");
        }
        return client;
    }

    private static JsonNode ok(HubClient.Answer answer, String what) {
        if (!answer.ok()) {
            throw new Refused(what + ": " + answer.status() + " " + answer.abbreviated(), answer.status());
        }
        return answer.json();
    }

    private static ObjectNode object(String... pairs) {
        ObjectNode node = HubClient.JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node;
    }

    /** The hub refused a step (the lab asked for something wrong, or what it refers to has not arrived yet). */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(String message, int status) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
