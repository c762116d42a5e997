package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.ArticleView;
import london.patchwork.web.posts.BlogView;
import london.patchwork.web.posts.PostView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A blog article's page with its discussion, and the blog's list of articles. */
@Singleton
public class ArticlePages {

    /** Replies on one page of a discussion; a long one is paged ("Later replies"). */
    static final int REPLIES_PER_PAGE = 50;
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final PostRepository posts;
    private final PostTags tags;
    private final PostPages postPages;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final MediaService media;
    private final SiteContext site;
    private final Uris uris;

    public ArticlePages(PostRepository posts, PostTags tags, PostPages postPages, ActorRepository actors,
                        LocalActorUris actorUris, MediaService media, SiteContext site, Uris uris) {
        this.posts = posts;
        this.tags = tags;
        this.postPages = postPages;
        this.actors = actors;
        this.actorUris = actorUris;
        this.media = media;
        this.site = site;
        this.uris = uris;
    }

    /**
     * The article and one page of its discussion.
     *
     * @param afterId show replies after this one (the "Later replies" link), or 0 for the first page
     * @param viewer  the signed-in member's actor id, or null for a visitor
     * @param reply   the member's reply form (with what they typed and any problem), or null for a visitor
     */
    public ModelAndView<Map<String, Object>> page(Post article, long afterId, @Nullable Long viewer,
                                                  @Nullable ArticleView.ReplyForm reply) {
        String title = article.name() == null || article.name().isBlank() ? "An article" : article.name();
        String description = article.summary() == null ? "" : article.summary();
        PageMeta meta = new PageMeta(title, description, article.uri(), article.uri());
        List<Post> page = posts.findConversation(article.id(), afterId, REPLIES_PER_PAGE + 1);
        List<Post> shown = page.size() > REPLIES_PER_PAGE ? page.subList(0, REPLIES_PER_PAGE) : page;
        String later = page.size() > REPLIES_PER_PAGE
                ? path(article.uri()) + "?after=" + shown.getLast().id() + "#discussion-heading" : null;
        ArticleView.Discussion discussion = new ArticleView.Discussion(shown.stream().map(postPages::entry).toList(),
                posts.countConversation(article.id()), later);
        List<ArticleView.TagLink> tagLinks = tags.of(article.id()).stream()
                .map(tag -> new ArticleView.TagLink(tag, uris.tag(tag).toString())).toList();
        String edit = article.local() && viewer != null && viewer.equals(article.authorId())
                ? "/articles/" + article.id() + "/edit" : null;
        return Pages.render("posts/article", new ArticleView(site.site(), meta, postPages.entry(article), title,
                tagLinks, discussion, edit, reply, article.uri()));
    }

    /** What a reply to a missing or deleted article gets. */
    public ModelAndView<Map<String, Object>> missing() {
        return site.noticePage("No such article", "It may have been deleted.", "/blog", "Back to the blog");
    }

    /** One page of the blog, newest first. */
    public ModelAndView<Map<String, Object>> blog(List<Post> pagePlusOne, boolean canWrite) {
        List<Post> shown = pagePlusOne.size() > StreamPaging.PAGE_SIZE
                ? pagePlusOne.subList(0, StreamPaging.PAGE_SIZE) : pagePlusOne;
        String older = pagePlusOne.size() > StreamPaging.PAGE_SIZE ? "/blog?max_id=" + shown.getLast().id() : null;
        PageMeta meta = PageMeta.of("Blog", "Articles from " + site.site().hubName(),
                uris.page("/blog").toString());
        return Pages.render("posts/blog", new BlogView(site.site(), meta, shown.stream().map(this::teaser).toList(),
                canWrite, older));
    }

    private BlogView.Teaser teaser(Post article) {
        Actor author = actors.findById(article.authorId()).orElseThrow();
        String name = author.displayName() == null || author.displayName().isBlank() ? author.username()
                : author.displayName();
        List<MediaService.Attachment> images = media.of(article.id());
        MediaService.Attachment cover = images.isEmpty() ? null : images.getFirst();
        return new BlogView.Teaser(article.name() == null ? "An article" : article.name(), path(article.uri()),
                article.summary(), name, String.valueOf(actorUris.profilePage(author)),
                READABLE.format(article.published()), article.published().toString(),
                cover == null ? null : cover.previewUrl(), cover == null ? null : cover.description(),
                posts.countConversation(article.id()));
    }

    /** The path of one of this hub's URLs, so links stay on whichever address the visitor used. */
    static String path(String uri) {
        return java.net.URI.create(uri).getRawPath();
    }
}
