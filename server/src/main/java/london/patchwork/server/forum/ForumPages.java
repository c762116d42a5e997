package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.forum.ForumCategoryView;
import london.patchwork.web.forum.ForumEntries;
import london.patchwork.web.forum.ForumIndexView;
import london.patchwork.web.forum.ForumOrganiseView;
import london.patchwork.web.forum.ForumThreadFormView;
import london.patchwork.web.forum.ForumThreadView;
import london.patchwork.web.layout.PageMeta;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forum's pages as view models for {@code web/forum/}. */
@Singleton
class ForumPages {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final ForumService forum;
    private final ForumCategories categories;
    private final ForumReading reading;
    private final DiscussionService discussions;
    private final ActorRepository actors;
    private final SiteContext site;
    private final Uris uris;

    ForumPages(ForumService forum, ForumCategories categories, ForumReading reading, DiscussionService discussions,
               ActorRepository actors, SiteContext site, Uris uris) {
        this.forum = forum;
        this.categories = categories;
        this.reading = reading;
        this.discussions = discussions;
        this.actors = actors;
        this.site = site;
        this.uris = uris;
    }

    ForumIndexView index(boolean canWrite) {
        return new ForumIndexView(site.site(), PageMeta.of("Forum", "The forum of " + site.site().hubName(),
                uris.page("/forum").toString()), categoryEntries(),
                threads(forum.latest(ForumPaging.THREADS_PER_PAGE, 0)), canWrite);
    }

    ForumCategoryView category(ForumCategory category, int page, boolean canWrite) {
        List<ForumService.Thread> found = forum.inCategory(category, ForumPaging.THREADS_PER_PAGE + 1,
                (page - 1) * ForumPaging.THREADS_PER_PAGE);
        String url = uris.page("/forum/" + category.slug()).toString();
        PageMeta meta = PageMeta.of(category.name() + " · Forum", category.description().isEmpty()
                ? "Threads in " + category.name() : category.description(), url)
                .withFeeds(category.name() + " on " + site.site().hubName(), url + "/feed");
        return new ForumCategoryView(site.site(), meta, entry(category),
                threads(found.stream().limit(ForumPaging.THREADS_PER_PAGE).toList()), page,
                page > 1 ? "/forum/" + category.slug() + "?page=" + (page - 1) : null,
                found.size() > ForumPaging.THREADS_PER_PAGE ? "/forum/" + category.slug() + "?page=" + (page + 1)
                        : null, canWrite);
    }

    ForumThreadView thread(ForumService.Thread thread, int page, boolean canReply, boolean canModerate,
                           boolean canEdit, boolean canDelete, String formToken, String typedReply,
                           Map<String, String> errors) {
        ForumReading.Replies replies = reading.replies(thread, page);
        long id = thread.post().id();
        String title = titleOf(thread.post());
        String url = uris.forumThread(id).toString();
        PageMeta meta = new PageMeta(title, thread.post().summary() == null ? title : thread.post().summary(),
                replies.page() == 1 ? url : url + "?page=" + replies.page(), thread.post().uri());
        String base = "/forum/threads/" + id;
        return new ForumThreadView(site.site(), meta, id, title,
                thread.category() == null ? null : thread.category().name(),
                thread.category() == null ? null : thread.category().slug(),
                discussions.entry(id).orElseThrow(),
                replies.entries().stream().map(reply -> new ForumThreadView.Reply(reply.id(), reply.entry()))
                        .toList(), replies.total(), replies.page(), replies.pageCount(),
                replies.page() > 1 ? base + "?page=" + (replies.page() - 1) : null,
                replies.page() < replies.pageCount() ? base + "?page=" + (replies.page() + 1) : null,
                thread.row().pinnedAt() != null, thread.row().locked(), canReply, canModerate, canEdit, canDelete,
                thread.post().uri(), formToken, typedReply, errors);
    }

    ForumThreadFormView newThread(String formToken, String title, String category, String text, String tags,
                                  Map<String, String> errors) {
        return new ForumThreadFormView(site.site(), PageMeta.of("Open a thread", "Open a thread in the forum",
                uris.page("/forum/new").toString()), formToken, "/forum/new", false, categoryEntries(), title,
                category, text, tags, errors);
    }

    ForumThreadFormView editThread(long id, String formToken, String title, String category, String text,
                                   String tags, Map<String, String> errors) {
        return new ForumThreadFormView(site.site(), PageMeta.of("Edit the thread", "Edit a thread of the forum",
                uris.page("/forum/threads/" + id + "/edit").toString()), formToken, "/forum/threads/" + id + "/edit",
                true, categoryEntries(), title, category, text, tags, errors);
    }

    ForumOrganiseView organise(String formToken, Map<String, String> errors, String message,
                               Map<String, String> typed) {
        return new ForumOrganiseView(site.site(), PageMeta.of("Forum categories", "The forum's categories",
                uris.page("/organise/forum").toString()), formToken, categoryEntries(), errors, message, typed);
    }

    private List<ForumEntries.Category> categoryEntries() {
        return categories.listed().stream().map(this::entry).toList();
    }

    private ForumEntries.Category entry(ForumCategory category) {
        return new ForumEntries.Category(category.slug(), category.name(), category.description(),
                forum.countInCategory(category));
    }

    private List<ForumEntries.Thread> threads(List<ForumService.Thread> threads) {
        return threads.stream().map(thread -> new ForumEntries.Thread(thread.post().id(),
                titleOf(thread.post()),
                authorName(thread.post().authorId()), thread.category() == null ? null : thread.category().name(),
                thread.row().replyCount(), READABLE.format(thread.row().lastActivityAt()),
                thread.row().lastActivityAt().toString(), thread.row().pinnedAt() != null, thread.row().locked()))
                .toList();
    }

    /** Its title; a post without one (a Mastodon user mentioning the group) by its first words. */
    static String titleOf(DiscussionService.ThreadPost post) {
        if (post.title() != null && !post.title().isBlank()) {
            return post.title();
        }
        String text = org.jsoup.Jsoup.parseBodyFragment(post.contentHtml()).text().strip();
        return text.isEmpty() ? "A thread" : text.length() <= 80 ? text : text.substring(0, 79).strip() + "\u2026";
    }

    private String authorName(long actorId) {
        return actors.findById(actorId).map(actor -> actor.displayName() == null || actor.displayName().isBlank()
                ? actor.username() : actor.displayName()).orElse("someone");
    }
}
