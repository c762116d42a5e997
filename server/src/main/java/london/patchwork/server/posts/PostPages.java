package london.patchwork.server.posts;

import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.PostView;
import london.patchwork.web.posts.Stream;
import london.patchwork.web.posts.TagView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A post's HTML page: the post and the replies the hub holds, oldest first. */
@Singleton
public class PostPages {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final int MAX_REPLIES = 200;

    private final PostRepository posts;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final SiteContext site;
    private final Uris uris;
    private final String authority;
    private final MediaService media;

    public PostPages(PostRepository posts, ActorRepository actors, LocalActorUris actorUris, SiteContext site,
                     Uris uris, Instance instance, MediaService media) {
        this.media = media;
        this.posts = posts;
        this.actors = actors;
        this.actorUris = actorUris;
        this.site = site;
        this.uris = uris;
        this.authority = instance.authority();
    }

    /** @param viewer the signed-in member's actor id, or null: the author gets a link to edit */
    public ModelAndView<Map<String, Object>> page(Post post, @io.micronaut.core.annotation.Nullable Long viewer) {
        PostView.PostEntry entry = entry(post);
        String description = org.jsoup.Jsoup.parseBodyFragment(post.contentHtml() == null ? "" : post.contentHtml())
                .text();
        PageMeta meta = new PageMeta(entry.authorName() + ": \u201c" + shorten(description, 60) + "\u201d",
                shorten(description, 200), post.uri(), post.uri());
        return Pages.render("posts/post", new PostView(site.site(), meta, entry,
                posts.findReplies(post.uri(), MAX_REPLIES).stream().map(this::entry).toList(),
                post.local() && "Note".equals(post.type()) && post.authorId().equals(viewer)
                        ? "/posts/" + post.id() + "/edit" : null));
    }

    /** A hashtag's page: public posts with the tag, newest first, a page at a time. */
    public ModelAndView<Map<String, Object>> tagPage(String tag, List<Post> tagged) {
        String url = uris.tag(tag).toString();
        PageMeta meta = PageMeta.of("#" + tag, "Public posts tagged #" + tag + " on " + site.site().hubName(), url)
                .withFeeds("#" + tag + " on " + site.site().hubName(), url + "/feed");
        return Pages.render("posts/tag", new TagView(site.site(), meta, tag, stream(tagged, url)));
    }

    /**
     * One page of posts, asked for one more than {@link StreamPaging#PAGE_SIZE} so that whether an older page
     * exists is known without counting.
     *
     * @param pageUrl the page's own URL, without a query
     */
    Stream stream(List<Post> pagePlusOne, String pageUrl) {
        List<Post> shown = pagePlusOne.size() > StreamPaging.PAGE_SIZE
                ? pagePlusOne.subList(0, StreamPaging.PAGE_SIZE) : pagePlusOne;
        String older = pagePlusOne.size() > StreamPaging.PAGE_SIZE
                ? pageUrl + "?max_id=" + shown.getLast().id() : null;
        return new Stream(shown.stream().map(this::teaser).toList(), older);
    }

    /**
     * A post as a list shows it: a note whole; an article or thread as its title, summary and a link, as Mastodon
     * shows them, so a long article does not fill the page.
     */
    PostView.PostEntry teaser(Post post) {
        PostView.PostEntry entry = entry(post);
        if ("Note".equals(post.type()) || post.name() == null || post.name().isBlank()) {
            return entry;
        }
        String link = Html.escape(post.url() != null ? post.url() : post.uri());
        String html = "<p class=\"post__title\"><a href=\"" + link + "\">" + Html.escape(post.name()) + "</a></p>"
                + (post.summary() == null || post.summary().isBlank() ? "" : Html.paragraphs(post.summary()));
        return new PostView.PostEntry(entry.authorName(), entry.authorHandle(), entry.authorUrl(), html, null,
                entry.published(), entry.publishedIso(), entry.url(), entry.edited(), entry.images(), entry.likes(),
                entry.boosts());
    }

    PostView.PostEntry entry(Post post) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        String handle = "@" + author.username() + "@" + (author.local() ? authority : author.host());
        String authorUrl = author.local() ? String.valueOf(actorUris.profilePage(author))
                : author.url() != null ? author.url() : author.uri();
        String name = author.displayName() == null || author.displayName().isBlank() ? author.username()
                : author.displayName();
        String html = post.contentHtml() == null ? "" : post.local() ? post.contentHtml()
                : RemoteTagLinks.toLocalTagPages(post.contentHtml(), tag -> uris.tag(tag).toString());
        return new PostView.PostEntry(name, handle, authorUrl, html,
                warning(post), READABLE.format(post.published()), post.published().toString(),
                post.url() != null ? post.url() : post.uri(), post.updated() != null,
                media.of(post.id()).stream().map(PostPages::image).toList(), post.likeCount(), post.announceCount());
    }

    /** A note's summary is its content warning; an article's or thread's is a summary, shown in lists. */
    private static String warning(Post post) {
        return "Note".equals(post.type()) && post.summary() != null && !post.summary().isBlank() ? post.summary()
                : null;
    }

    /** A remote image is only linked: the hub does not fetch other servers' files for its pages. */
    private static PostView.Image image(MediaService.Attachment attachment) {
        return new PostView.Image(attachment.url(), attachment.remote() ? null : attachment.previewUrl(),
                attachment.description(), attachment.remote() ? null : attachment.previewWidth(),
                attachment.remote() ? null : attachment.previewHeight());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }
}
