package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members speak as their own Person actors through the Mastodon API on one hub: publish (idempotently), edit and
 * delete only their own posts, favourite and boost, follow each other, read their home timeline page by page, and
 * hear of it all in their notifications. The organiser token still speaks as the hub.
 */
@MicronautTest(transactional = false)
class MemberStatusesIT extends HubTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern PREV = Pattern.compile("<([^>]+)>; rel=\"prev\"");

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    private JsonNode post(TestMembers.SignedIn member, String text) {
        return member.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"" + text + "\"}");
    }

    private String accountId(TestMembers.SignedIn member, String handle) {
        return member.jsonOk("GET", "/api/v1/accounts/lookup?acct=" + handle, null).get("id").asText();
    }

    @Test
    void aMemberPublishesAsTheirOwnPersonAndTheOrganiserTokenStillAsTheHub() {
        JsonNode status = post(ada, "Knitting circle on Thursday #knitting");
        assertThat(status.at("/account/username").asText()).isEqualTo("ada");
        assertThat(status.at("/account/group").asBoolean()).isFalse();
        assertThat(status.at("/tags/0/name").asText()).isEqualTo("knitting");
        JsonNode note = HttpProbe.json(http().get(status.get("uri").asText(), "application/activity+json"));
        assertThat(note.get("attributedTo").asText()).isEqualTo(baseUrl() + "/actors/ada");
        JsonNode outbox = HttpProbe.json(http().get("/actors/ada/outbox?page=true", "application/activity+json"));
        assertThat(outbox.toString()).contains("Knitting circle");

        JsonNode hubStatus = new HubApi(baseUrl()).publish("From the hub itself", "public");
        assertThat(hubStatus.at("/account/username").asText()).isEqualTo("hackney");
        assertThat(hubStatus.at("/account/group").asBoolean()).isTrue();
    }

    @Test
    void theSameIdempotencyKeyWithinTheHourAnswersWithTheFirstStatus() {
        Map<String, String> key = Map.of("Idempotency-Key", "retry-42");
        HttpResponse<String> first = ada.json("POST", "/api/v1/statuses", "{\"status\":\"Once only\"}", key);
        HttpResponse<String> again = ada.json("POST", "/api/v1/statuses", "{\"status\":\"Once only\"}", key);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(again).get("id").asText()).isEqualTo(HttpProbe.json(first).get("id").asText());
        HttpResponse<String> graceSameKey = grace.json("POST", "/api/v1/statuses", "{\"status\":\"Once only\"}", key);
        assertThat(HttpProbe.json(graceSameKey).get("id").asText()).as("keys are per member")
                .isNotEqualTo(HttpProbe.json(first).get("id").asText());
        HttpResponse<String> otherKey = ada.json("POST", "/api/v1/statuses", "{\"status\":\"Once only\"}",
                Map.of("Idempotency-Key", "retry-43"));
        assertThat(HttpProbe.json(otherKey).get("id").asText()).isNotEqualTo(HttpProbe.json(first).get("id").asText());
        JsonNode mine = ada.jsonOk("GET", "/api/v1/accounts/" + HttpProbe.json(first).at("/account/id").asText()
                + "/statuses?limit=40", null);
        long copies = 0;
        for (JsonNode status : mine) {
            copies += status.get("content").asText().contains("Once only") ? 1 : 0;
        }
        assertThat(copies).isEqualTo(2);
    }

    @Test
    void aMemberMayEditDeleteAndPinOnlyTheirOwnPosts() {
        String id = post(ada, "Words by Ada").get("id").asText();
        assertThat(grace.json("PUT", "/api/v1/statuses/" + id, "{\"status\":\"Grace was here\"}").statusCode())
                .isEqualTo(404);
        assertThat(grace.json("DELETE", "/api/v1/statuses/" + id, null).statusCode()).isEqualTo(404);
        assertThat(grace.json("POST", "/api/v1/statuses/" + id + "/pin", null).statusCode()).isEqualTo(404);
        assertThat(new HubApi(baseUrl()).send("DELETE", "/api/v1/statuses/" + id, Map.of()).statusCode())
                .as("the organiser token speaks as the hub, and the hub did not write it").isEqualTo(404);
        assertThat(grace.jsonOk("GET", "/api/v1/statuses/" + id, null).get("content").asText())
                .contains("Words by Ada");

        assertThat(ada.jsonOk("PUT", "/api/v1/statuses/" + id, "{\"status\":\"Edited words by Ada\"}")
                .get("content").asText()).contains("Edited words");
        JsonNode pinned = ada.jsonOk("POST", "/api/v1/statuses/" + id + "/pin", null);
        assertThat(pinned.get("pinned").asBoolean()).isTrue();
        assertThat(ids(grace.jsonOk("GET", "/api/v1/accounts/" + pinned.at("/account/id").asText()
                + "/statuses?pinned=true", null))).containsExactly(id);
        assertThat(ada.jsonOk("DELETE", "/api/v1/statuses/" + id, null).get("text").asText())
                .isEqualTo("Edited words by Ada");
        assertThat(grace.json("GET", "/api/v1/statuses/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void favouritesBoostsAndRepliesShowInCountsFlagsContextAndNotifications() {
        JsonNode original = post(ada, "Who has a spare ladder?");
        String id = original.get("id").asText();
        JsonNode liked = grace.jsonOk("POST", "/api/v1/statuses/" + id + "/favourite", null);
        assertThat(liked.get("favourited").asBoolean()).isTrue();
        assertThat(liked.get("favourites_count").asInt()).isEqualTo(1);
        JsonNode boost = grace.jsonOk("POST", "/api/v1/statuses/" + id + "/reblog", null);
        assertThat(boost.at("/reblog/id").asText()).isEqualTo(id);
        assertThat(boost.at("/reblog/reblogged").asBoolean()).isTrue();
        assertThat(boost.at("/account/username").asText()).isEqualTo("grace");
        assertThat(ada.jsonOk("GET", "/api/v1/statuses/" + id, null).get("favourited").asBoolean())
                .as("flags are the viewer's own").isFalse();

        JsonNode reply = grace.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"I do, come round\",\"in_reply_to_id\":\"" + id + "\"}");
        JsonNode answer = ada.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"Thank you!\",\"in_reply_to_id\":\"" + reply.get("id").asText() + "\"}");
        JsonNode context = ada.jsonOk("GET", "/api/v1/statuses/" + reply.get("id").asText() + "/context", null);
        assertThat(context.at("/ancestors/0/id").asText()).isEqualTo(id);
        assertThat(context.at("/descendants/0/id").asText()).isEqualTo(answer.get("id").asText());
        String adaStatuses = "/api/v1/accounts/" + original.at("/account/id").asText() + "/statuses?limit=40";
        assertThat(ids(grace.jsonOk("GET", adaStatuses, null))).contains(id, answer.get("id").asText());
        assertThat(ids(grace.jsonOk("GET", adaStatuses + "&exclude_replies=true", null))).contains(id)
                .doesNotContain(answer.get("id").asText());

        JsonNode notifications = ada.jsonOk("GET", "/api/v1/notifications", null);
        List<String> seen = new ArrayList<>();
        for (JsonNode notification : notifications) {
            if (notification.at("/status/id").asText().equals(id) || notification.at("/status/id").asText()
                    .equals(reply.get("id").asText())) {
                assertThat(notification.at("/account/username").asText()).isEqualTo("grace");
                seen.add(notification.get("type").asText());
            }
        }
        assertThat(seen).contains("favourite", "reblog", "mention");

        JsonNode onlyFavourites = ada.jsonOk("GET", "/api/v1/notifications?types[]=favourite", null);
        assertThat(onlyFavourites).isNotEmpty().allSatisfy(n -> assertThat(n.get("type").asText())
                .isEqualTo("favourite"));
        JsonNode withoutMentions = ada.jsonOk("GET", "/api/v1/notifications?exclude_types[]=mention", null);
        assertThat(withoutMentions).noneSatisfy(n -> assertThat(n.get("type").asText()).isEqualTo("mention"));

        JsonNode unliked = grace.jsonOk("POST", "/api/v1/statuses/" + id + "/unfavourite", null);
        assertThat(unliked.get("favourited").asBoolean()).isFalse();
        assertThat(unliked.get("favourites_count").asInt()).isZero();
        JsonNode unboosted = grace.jsonOk("POST", "/api/v1/statuses/" + id + "/unreblog", null);
        assertThat(unboosted.get("reblogged").asBoolean()).isFalse();
        assertThat(unboosted.get("reblogs_count").asInt()).isZero();
    }

    @Test
    void aFollowersHomeTimelinePagesWithMaxIdMinIdAndLinkHeaders() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        String oluId = accountId(ada, "olu");
        JsonNode relationship = ada.jsonOk("POST", "/api/v1/accounts/" + oluId + "/follow", null);
        assertThat(relationship.get("following").asBoolean()).isTrue();
        assertThat(ada.jsonOk("GET", "/api/v1/accounts/relationships?id[]=" + oluId, null).at("/0/following")
                .asBoolean()).isTrue();
        JsonNode followNotice = olu.jsonOk("GET", "/api/v1/notifications?types[]=follow", null);
        assertThat(followNotice.at("/0/account/username").asText()).isEqualTo("ada");
        assertThat(ada.jsonOk("GET", "/api/v1/accounts/" + oluId + "/followers", null).at("/0/username").asText())
                .isEqualTo("ada");

        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            published.add(post(olu, "Home timeline post " + i).get("id").asText());
        }
        String unfollowedPost = post(grace, "Grace, whom Ada does not follow").get("id").asText();

        HttpResponse<String> first = ada.json("GET", "/api/v1/timelines/home?limit=2", null);
        JsonNode firstPage = HttpProbe.json(first);
        assertThat(ids(firstPage)).containsExactly(published.get(4), published.get(3));
        String link = first.headers().firstValue("Link").orElseThrow();
        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).contains("max_id=" + published.get(3));

        JsonNode secondPage = HttpProbe.json(ada.json("GET", next.group(1).substring(baseUrl().length()), null));
        assertThat(ids(secondPage)).containsExactly(published.get(2), published.get(1));

        JsonNode above = ada.jsonOk("GET", "/api/v1/timelines/home?limit=2&min_id=" + published.get(1), null);
        assertThat(ids(above)).as("min_id: the page just above it, newest first")
                .containsExactly(published.get(3), published.get(2));
        Matcher prev = PREV.matcher(first.headers().firstValue("Link").orElseThrow());
        assertThat(prev.find()).isTrue();
        assertThat(prev.group(1)).contains("min_id=" + published.get(4));

        JsonNode all = ada.jsonOk("GET", "/api/v1/timelines/home?limit=40", null);
        assertThat(ids(all)).containsAll(published).doesNotContain(unfollowedPost);
        JsonNode local = ada.jsonOk("GET", "/api/v1/timelines/public?local=true&limit=40", null);
        assertThat(ids(local)).contains(unfollowedPost, published.get(0));
        assertThat(ids(ada.jsonOk("GET", "/api/v1/timelines/public?remote=true", null)))
                .as("no other hub's posts are held here").isEmpty();
        JsonNode tagged = HttpProbe.json(http().get("/api/v1/timelines/tag/knitting", "application/json"));
        assertThat(tagged).allSatisfy(status -> assertThat(status.get("content").asText()).contains("knitting"));

        // A boost by someone Ada follows shows in her home as the boost, carrying the post.
        JsonNode boost = olu.jsonOk("POST", "/api/v1/statuses/" + unfollowedPost + "/reblog", null);
        JsonNode afterBoost = ada.jsonOk("GET", "/api/v1/timelines/home?limit=1", null);
        assertThat(afterBoost.at("/0/id").asText()).isEqualTo(boost.get("id").asText());
        assertThat(afterBoost.at("/0/account/username").asText()).isEqualTo("olu");
        assertThat(afterBoost.at("/0/reblog/id").asText()).isEqualTo(unfollowedPost);
        assertThat(ada.jsonOk("GET", "/api/v1/statuses/" + boost.get("id").asText(), null).at("/reblog/id").asText())
                .isEqualTo(unfollowedPost);

        // Followers-only: shown to a follower, not to anyone else.
        String forFollowers = olu.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"For followers only\",\"visibility\":\"private\"}").get("id").asText();
        assertThat(ada.json("GET", "/api/v1/statuses/" + forFollowers, null).statusCode()).isEqualTo(200);
        assertThat(grace.json("GET", "/api/v1/statuses/" + forFollowers, null).statusCode()).isEqualTo(404);
        assertThat(grace.json("POST", "/api/v1/statuses", "{\"status\":\"Guessing\",\"in_reply_to_id\":\""
                + forFollowers + "\"}").statusCode()).as("no replying to what one cannot see").isEqualTo(422);
        assertThat(http().get("/api/v1/statuses/" + forFollowers, "application/json").statusCode()).isEqualTo(404);
        assertThat(ids(ada.jsonOk("GET", "/api/v1/timelines/home", null))).contains(forFollowers);
        assertThat(ids(ada.jsonOk("GET", "/api/v1/timelines/public", null))).doesNotContain(forFollowers);

        ada.jsonOk("POST", "/api/v1/accounts/" + oluId + "/unfollow", null);
        assertThat(ids(ada.jsonOk("GET", "/api/v1/timelines/home?limit=40", null))).doesNotContain(published.get(0));
    }

    @Test
    void notificationsCanBeReadOneByOneDismissedAndCleared() {
        String id = post(grace, "Coffee morning tomorrow").get("id").asText();
        ada.jsonOk("POST", "/api/v1/statuses/" + id + "/favourite", null);
        post(ada, "@grace see you there");
        JsonNode notifications = grace.jsonOk("GET", "/api/v1/notifications", null);
        assertThat(notifications.size()).isGreaterThanOrEqualTo(2);
        String first = notifications.get(0).get("id").asText();
        assertThat(grace.jsonOk("GET", "/api/v1/notifications/" + first, null).get("id").asText()).isEqualTo(first);
        assertThat(ada.json("GET", "/api/v1/notifications/" + first, null).statusCode())
                .as("another member's notification").isEqualTo(404);
        grace.jsonOk("POST", "/api/v1/notifications/" + first + "/dismiss", null);
        assertThat(grace.json("GET", "/api/v1/notifications/" + first, null).statusCode()).isEqualTo(404);
        grace.jsonOk("POST", "/api/v1/notifications/clear", null);
        assertThat(grace.jsonOk("GET", "/api/v1/notifications", null)).isEmpty();
    }

    @Test
    void searchFindsLocalAccountsPostsAndHashtags() {
        post(ada, "Seed swap at the #allotment");
        JsonNode results = ada.jsonOk("GET", "/api/v2/search?q=gra&type=accounts", null);
        assertThat(results.at("/accounts/0/username").asText()).isEqualTo("grace");
        assertThat(results.get("statuses")).isEmpty();
        JsonNode tags = ada.jsonOk("GET", "/api/v2/search?q=%23allot", null);
        assertThat(tags.at("/hashtags/0/name").asText()).isEqualTo("allotment");
        assertThat(tags.at("/statuses/0/content").asText()).as("the words match the post too").contains("Seed swap")
                .contains("allotment");
        assertThat(ada.json("GET", "/api/v2/search", null).statusCode()).isEqualTo(400);
        assertThat(ada.json("GET", "/api/v2/search?q=x&type=everything", null).statusCode()).isEqualTo(400);
        assertThat(ada.json("GET", "/api/v2/search?q=" + "x".repeat(501), null).statusCode()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode statuses) {
        List<String> ids = new ArrayList<>();
        statuses.forEach(status -> ids.add(status.get("id").asText()));
        return ids;
    }
}
