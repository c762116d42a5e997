package london.patchwork.server.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a {@link Feed} as Atom 1.0 (RFC 4287, by Rome) or JSON Feed 1.1 (jsonfeed.org/version/1.1), so that every
 * capability's feeds are the same shape.
 */
@Singleton
public class Feeds {

    public static final String ATOM_TYPE = "application/atom+xml; charset=utf-8";
    public static final String JSON_FEED_TYPE = "application/feed+json";

    private final ObjectMapper json;

    public Feeds(ObjectMapper json) {
        this.json = json;
    }

    public HttpResponse<String> atomResponse(Feed feed) {
        return HttpResponse.ok(atom(feed)).contentType(ATOM_TYPE);
    }

    public HttpResponse<String> jsonFeedResponse(Feed feed) {
        return HttpResponse.ok(jsonFeed(feed)).contentType(JSON_FEED_TYPE);
    }

    public String atom(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.feedBase() + ".atom");
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", "application/atom+xml", feed.feedBase() + ".atom")));
        List<Entry> entries = new ArrayList<>();
        for (Feed.Item item : feed.items()) {
            Entry entry = new Entry();
            entry.setId(item.id());
            entry.setTitle(item.title());
            entry.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
            Person author = new Person();
            author.setName(item.authorName());
            author.setUri(item.authorUrl());
            entry.setAuthors(List.<SyndPerson>of(author));
            entry.setPublished(Date.from(item.published()));
            entry.setUpdated(Date.from(item.updated()));
            if (item.summary() != null) {
                entry.setSummary(text(item.summary()));
            }
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        atom.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(atom);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed " + feed.feedBase() + " could not be written", e);
        }
    }

    public String jsonFeed(Feed feed) {
        ObjectNode root = json.createObjectNode()
                .put("version", "https://jsonfeed.org/version/1.1")
                .put("title", feed.title())
                .put("home_page_url", feed.homeUrl())
                .put("feed_url", feed.feedBase() + ".json")
                .put("description", feed.description())
                .put("language", "en-GB");
        ArrayNode items = root.putArray("items");
        for (Feed.Item item : feed.items()) {
            ObjectNode node = items.addObject()
                    .put("id", item.id())
                    .put("url", item.url())
                    .put("title", item.title())
                    .put("content_html", item.contentHtml())
                    .put("date_published", item.published().toString())
                    .put("date_modified", item.updated().toString());
            if (item.summary() != null) {
                node.put("summary", item.summary());
            }
            ObjectNode author = node.putArray("authors").addObject().put("name", item.authorName());
            if (item.authorUrl() != null) {
                author.put("url", item.authorUrl());
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the feed " + feed.feedBase() + " could not be written", e);
        }
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }
}
