package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Singleton;
import london.patchwork.web.posts.PostView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Writes the hub's feeds: Atom 1.0 (RFC 4287, by Rome) and JSON Feed 1.1 (jsonfeed.org/version/1.1). */
@Singleton
class PostFeeds {

    static final String ATOM_TYPE = "application/atom+xml; charset=utf-8";
    static final String JSON_FEED_TYPE = "application/feed+json";
    static final int ITEMS = 20;
    private static final int TITLE_CHARS = 80;

    private final PostPages pages;
    private final ObjectMapper json;

    PostFeeds(PostPages pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    PostFeed feed(String title, String description, String homeUrl, String feedBase, List<Post> posts) {
        List<PostFeed.Item> items = posts.stream().limit(ITEMS).map(this::item).toList();
        Instant updated = items.stream().map(PostFeed.Item::updated).max(Comparator.naturalOrder())
                .orElse(Instant.now());
        return new PostFeed(title, description, homeUrl, feedBase, updated, items);
    }

    String atom(PostFeed feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setId(feed.feedBase() + ".atom");
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", "application/atom+xml", feed.feedBase() + ".atom")));
        List<Entry> entries = new ArrayList<>();
        for (PostFeed.Item item : feed.items()) {
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
            if (item.warning() != null) {
                entry.setSummary(text(item.warning()));
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

    String jsonFeed(PostFeed feed) {
        ObjectNode root = json.createObjectNode()
                .put("version", "https://jsonfeed.org/version/1.1")
                .put("title", feed.title())
                .put("home_page_url", feed.homeUrl())
                .put("feed_url", feed.feedBase() + ".json")
                .put("description", feed.description())
                .put("language", "en-GB");
        ArrayNode items = root.putArray("items");
        for (PostFeed.Item item : feed.items()) {
            ObjectNode node = items.addObject()
                    .put("id", item.id())
                    .put("url", item.url())
                    .put("title", item.title())
                    .put("content_html", item.contentHtml())
                    .put("date_published", item.published().toString())
                    .put("date_modified", item.updated().toString());
            if (item.warning() != null) {
                node.put("summary", item.warning());
            }
            node.putArray("authors").addObject().put("name", item.authorName()).put("url", item.authorUrl());
        }
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the feed " + feed.feedBase() + " could not be written", e);
        }
    }

    private PostFeed.Item item(Post post) {
        PostView.PostEntry entry = pages.entry(post);
        return new PostFeed.Item(post.uri(), entry.url(), title(post, entry), entry.contentHtml(), entry.warning(),
                entry.authorName(), entry.authorUrl(), post.published(),
                post.updated() != null ? post.updated() : post.published());
    }

    /** An article's name; otherwise the post's first words, as feed readers list items by title. */
    static String title(Post post, PostView.PostEntry entry) {
        if (post.name() != null && !post.name().isBlank()) {
            return post.name().strip();
        }
        String text = org.jsoup.Jsoup.parseBodyFragment(entry.contentHtml()).text().strip();
        if (text.isEmpty()) {
            return "A post by " + entry.authorName();
        }
        if (text.length() <= TITLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
        return text.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1).strip() + "\u2026";
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
