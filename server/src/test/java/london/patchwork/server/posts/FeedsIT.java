package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.io.WireFeedInput;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.moderation.HtmlSanitizer;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tag pages list local and remote posts, a remote one linking to its origin with its tags leading here; the
 * stream's, a member's, a tag's and the guides' feeds are valid Atom 1.0 (parsed by Rome, the elements RFC 4287
 * requires present, dates RFC 3339) and JSON Feed 1.1, and are announced in the page head.
 */
@MicronautTest(transactional = false)
class FeedsIT extends HubTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String REMOTE_URL = "https://remote.example/@zoe/109";
    private static final String REMOTE_URI = "https://remote.example/users/zoe/statuses/109";

    @BeforeAll
    void post() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Fish & chips <b>tonight</b> at the hall #Supper\"}");
        ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Bring a plate, everyone is welcome #Supper\"}");

        FederationRows rows = new FederationRows(getProperties().get("datasources.default.url"));
        long zoe = rows.addActor("https://remote.example/users/zoe", "https://remote.example/users/zoe/inbox", null);
        rows.update("update actors set url = ?, display_name = ? where id = ?", "https://remote.example/@zoe", "Zoe",
                zoe);
        // As a Mastodon Create arrives: its HTML cleaned by the sanitiser every remote post passes through.
        String html = HtmlSanitizer.clean("""
                <p>Pudding club <a href="https://remote.example/tags/Supper" class="mention hashtag" rel="tag">#<span>Supper</span></a>
                with <span class="h-card"><a href="https://remote.example/@bob" class="u-url mention">@<span>bob</span></a></span>
                <script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">click</a></p>""");
        long id = rows.queryLong("""
                insert into objects (uri, type, local, author_id, visibility, content_html, url, published)
                values (?, 'Note', false, ?, 'PUBLIC', ?, ?, now()) returning id""", REMOTE_URI, zoe, html, REMOTE_URL);
        rows.update("insert into object_tags (object_id, name) values (?, 'supper')", id);

        ada.jsonOk("POST", "/api/patchwork/guides", "{\"title\":\"Booking the hall\",\"topic\":\"Venues\","
                + "\"body\":\"Email the caretaker.\\n\\nKeys are at the café.\"}");
        ada.jsonOk("POST", "/api/patchwork/guides", "{\"title\":\"Food bank hours\",\"topic\":\"Food\","
                + "\"body\":\"Open on Mondays.\"}");
        // Revised last, the first guide heads the guides' feeds.
        ada.jsonOk("PUT", "/api/patchwork/guides/booking-the-hall", "{\"title\":\"Booking the hall\","
                + "\"topic\":\"Venues\",\"body\":\"Email or ring the caretaker.\",\"base_revision\":1}");
    }

    @Test
    void aTagPageListsLocalAndRemotePostsAndTheRemoteOneLinksToItsOrigin() {
        HttpResponse<String> response = http().get("/tags/supper", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = Jsoup.parse(response.body());
        List<Element> posts = page.select("#tag-posts li.post");
        assertThat(posts).hasSize(3);
        Element remote = posts.getFirst();
        assertThat(remote.text()).contains("Pudding club").doesNotContain("alert");
        assertThat(remote.selectFirst(".post__meta a").attr("href")).isEqualTo(REMOTE_URL);
        assertThat(remote.selectFirst(".post__author").attr("href")).isEqualTo("https://remote.example/@zoe");
        assertThat(remote.selectFirst("a.hashtag").attr("href")).isEqualTo(baseUrl() + "/tags/supper");
        Element mention = remote.selectFirst("a.mention:not(.hashtag)");
        assertThat(mention.attr("href")).isEqualTo("https://remote.example/@bob");
        assertThat(mention.attr("rel")).contains("nofollow", "noopener");
        assertThat(remote.select("script, a[href^=javascript], [onclick]")).isEmpty();
        assertThat(posts.get(1).text()).contains("Bring a plate");
        assertThat(posts.get(1).selectFirst(".post__meta a").attr("href")).startsWith(baseUrl() + "/");
    }

    @Test
    void everyFeedIsValidAtom() throws Exception {
        for (String path : List.of("/feed.atom", "/@ada/feed.atom", "/tags/supper/feed.atom", "/guides/feed.atom")) {
            HttpResponse<String> response = http().get(path, "application/atom+xml");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path).isEqualToIgnoringWhitespace("application/atom+xml;charset=utf-8");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Element feed = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            romeFindsWhatAtomRequires(path, response.body());
            assertThat(feed.getLocalName()).isEqualTo("feed");
            assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
            assertThat(child(feed, "id")).startsWith(baseUrl() + "/");
            assertThat(child(feed, "title")).isNotBlank();
            rfc3339(child(feed, "updated"));

            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            int expected = path.startsWith("/tags") ? 3 : 2;
            assertThat(child(feed, "id")).as(path).isEqualTo(baseUrl() + path);
            assertThat(entries.getLength()).as(path).isEqualTo(expected);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.getLength(); i++) {
                org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
                ids.add(child(entry, "id"));
                assertThat(child(entry, "title")).isNotBlank();
                rfc3339(child(entry, "updated"));
                rfc3339(child(entry, "published"));
                org.w3c.dom.Element author = (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "author").item(0);
                assertThat(child(author, "name")).isNotBlank();
                org.w3c.dom.Element link = (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
                assertThat(link.getAttribute("href")).startsWith("http");
                org.w3c.dom.Element content = (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "content")
                        .item(0);
                assertThat(content.getAttribute("type")).isEqualTo("html");
            }
            assertThat(ids).as(path).hasSize(expected);
        }
    }

    @Test
    void atomCarriesTheHtmlEscapedAndTitlesAreTheFirstWords() {
        String atom = http().get("/@ada/feed.atom", "application/atom+xml").body();
        // The post's HTML escapes what Ada typed; the feed escapes that HTML again as XML.
        assertThat(atom).contains("Fish &amp;amp; chips &amp;lt;b&amp;gt;tonight");
        assertThat(atom).contains("<title>Fish &amp; chips &lt;b&gt;tonight&lt;/b&gt; at the hall #Supper</title>");
        assertThat(atom).contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + baseUrl()
                + "/@ada/feed.atom\"");
    }

    @Test
    void everyFeedIsAValidJsonFeed() {
        for (String path : List.of("/feed.json", "/@ada/feed.json", "/tags/supper/feed.json", "/guides/feed.json")) {
            HttpResponse<String> response = http().get(path, "application/feed+json");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path).startsWith("application/feed+json");
            JsonNode feed = HttpProbe.json(response);
            assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.get("title").asText()).isNotBlank();
            assertThat(feed.get("feed_url").asText()).isEqualTo(baseUrl() + path);
            List<String> ids = new ArrayList<>();
            for (JsonNode item : feed.get("items")) {
                ids.add(item.get("id").asText());
                assertThat(item.path("content_html").asText(item.path("content_text").asText())).as(path)
                        .isNotBlank();
                assertThat(item.get("url").asText()).startsWith("http");
                rfc3339(item.get("date_published").asText());
                assertThat(item.at("/authors/0/name").asText()).isNotBlank();
            }
            assertThat(ids).as(path).isNotEmpty().doesNotHaveDuplicates();
            if (path.startsWith("/tags")) {
                assertThat(ids).contains(REMOTE_URI);
                assertThat(feed.get("items").findValuesAsText("url")).contains(REMOTE_URL);
            }
        }
    }

    @Test
    void theGuidesFeedsListTheNewestRevisionFirstWithEachGuidesPageAndSummary() throws Exception {
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(new StringReader(http().get("/guides/feed.atom", "application/atom+xml").body()));
        assertThat(atom.getEntries()).extracting(Entry::getTitle).containsExactly("Booking the hall", "Food bank hours");
        Entry hall = atom.getEntries().getFirst();
        assertThat(hall.getId()).isEqualTo(baseUrl() + "/guides/booking-the-hall");
        assertThat(hall.getAlternateLinks().getFirst().getHref()).isEqualTo(baseUrl() + "/guides/booking-the-hall");
        assertThat(hall.getSummary().getValue()).isEqualTo("Email or ring the caretaker.");
        assertThat(hall.getContents().getFirst().getValue()).contains("Email or ring the caretaker.");

        JsonNode json = HttpProbe.json(http().get("/guides/feed.json", "application/feed+json"));
        assertThat(json.get("home_page_url").asText()).isEqualTo(baseUrl() + "/guides");
        assertThat(json.get("items")).extracting(item -> item.get("url").asText())
                .containsExactly(baseUrl() + "/guides/booking-the-hall", baseUrl() + "/guides/food-bank-hours");
        assertThat(json.at("/items/1/summary").asText()).isEqualTo("Open on Mondays.");
    }

    @Test
    void pagesAnnounceTheirFeedsAndAnUnknownMemberHasNone() {
        assertThat(alternates("/guides"))
                .containsExactly(baseUrl() + "/guides/feed.atom", baseUrl() + "/guides/feed.json");
        assertThat(alternates("/")).containsExactly(baseUrl() + "/feed.atom", baseUrl() + "/feed.json");
        assertThat(alternates("/@ada")).containsExactly(baseUrl() + "/@ada/feed.atom", baseUrl() + "/@ada/feed.json");
        assertThat(alternates("/tags/supper"))
                .containsExactly(baseUrl() + "/tags/supper/feed.atom", baseUrl() + "/tags/supper/feed.json");
        assertThat(http().get("/@nobody/feed.atom", "application/atom+xml").statusCode()).isEqualTo(404);
    }

    /** Rome reads the feed, and what RFC 4287 requires of a feed and its entries is there. */
    private static void romeFindsWhatAtomRequires(String path, String body) throws Exception {
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(new StringReader(body));
        assertThat(feed.getFeedType()).as(path).isEqualTo("atom_1.0");
        assertThat(feed.getId()).as(path).isNotBlank();
        assertThat(feed.getTitle()).as(path).isNotBlank();
        assertThat(feed.getUpdated()).as(path).isNotNull();
        assertThat(feed.getEntries()).as(path).isNotEmpty();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).as(path).isNotBlank();
            assertThat(entry.getTitle()).as(path).isNotBlank();
            assertThat(entry.getUpdated()).as(path).isNotNull();
            assertThat(entry.getAlternateLinks()).as(path).isNotEmpty();
            assertThat(entry.getAlternateLinks().getFirst().getHref()).as(path).startsWith("http");
        }
    }

    private List<String> alternates(String path) {
        return Jsoup.parse(http().get(path, "text/html").body())
                .select("link[rel=alternate][type=application/atom+xml], link[rel=alternate][type=application/feed+json]")
                .eachAttr("href");
    }

    private static String child(org.w3c.dom.Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(found.getLength()).as(name).isPositive();
        return found.item(0).getTextContent();
    }

    private static void rfc3339(String value) {
        OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
