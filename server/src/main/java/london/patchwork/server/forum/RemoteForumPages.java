package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.http.WebLinks;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.posts.ConversationService;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.forum.FollowedGroupsView;
import london.patchwork.web.forum.RemoteGroupView;
import london.patchwork.web.forum.RemoteThreadView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The pages of remote groups' threads, as view models for {@code web/forum/}. */
@Singleton
class RemoteForumPages {

    static final int THREADS_PER_PAGE = 30;
    static final int REPLIES_PER_PAGE = 50;
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final RemoteThreadRepository threads;
    private final ConversationService conversations;
    private final SiteContext site;
    private final Uris uris;

    RemoteForumPages(RemoteThreadRepository threads, ConversationService conversations, SiteContext site, Uris uris) {
        this.threads = threads;
        this.conversations = conversations;
        this.site = site;
        this.uris = uris;
    }

    FollowedGroupsView followed(List<FollowedGroup> groups, String token, String typed, String error, String notice) {
        return new FollowedGroupsView(site.site(), PageMeta.of("Groups the hub follows", "Remote forums "
                + site.site().hubName() + " follows", uris.page("/organise/forum/groups").toString()), token,
                typed, error, notice, groups.stream().map(group -> new FollowedGroupsView.Group(group.actorId(),
                group.name(), group.handle(), link(group.url() != null ? group.url() : group.uri()), group.state(),
                group.threads())).toList());
    }

    /** A page of the group's threads before the {@code (before, beforeId)} cursor. */
    RemoteGroupView group(FollowedGroup group, Instant before, long beforeId) {
        List<ForumThread> page = threads.findPage(group.actorId(), before, beforeId, THREADS_PER_PAGE + 1);
        List<ForumThread> shown = page.subList(0, Math.min(page.size(), THREADS_PER_PAGE));
        Map<Long, ConversationService.Entry> first = new HashMap<>();
        conversations.findAll(shown.stream().map(ForumThread::postId).toList())
                .forEach(entry -> first.put(entry.id(), entry));
        List<RemoteGroupView.Line> lines = shown.stream().filter(thread -> first.containsKey(thread.postId()))
                .map(thread -> line(thread, first.get(thread.postId()))).toList();
        String older = page.size() > THREADS_PER_PAGE ? "/forum/groups/" + group.actorId() + "?before="
                + shown.getLast().lastActivityAt().toEpochMilli() + "&before_id=" + shown.getLast().postId() : null;
        return new RemoteGroupView(site.site(), PageMeta.of(group.name(), "Threads of " + group.handle()
                + " as " + site.site().hubName() + " holds them",
                uris.page("/forum/groups/" + group.actorId()).toString()), group.name(), group.handle(),
                link(group.url() != null ? group.url() : group.uri()), group.state().equals("accepted"), lines, older);
    }

    RemoteThreadView thread(ConversationService.Entry first, Optional<FollowedGroup> group, long afterId) {
        List<ConversationService.Entry> replies = conversations.replies(first.id(), afterId, REPLIES_PER_PAGE + 1);
        List<ConversationService.Entry> shown = replies.subList(0, Math.min(replies.size(), REPLIES_PER_PAGE));
        String later = replies.size() > REPLIES_PER_PAGE ? "/forum/remote/" + first.id() + "?after="
                + shown.getLast().id() : null;
        String title = title(first);
        String description = first.html() == null ? title : excerpt(Html.plainText(first.html()));
        return new RemoteThreadView(site.site(), PageMeta.of(title, description,
                uris.page("/forum/remote/" + first.id()).toString()), group.map(FollowedGroup::name).orElse(""),
                group.map(FollowedGroup::actorId).orElse(0L), entry(first),
                shown.stream().map(RemoteForumPages::entry).toList(), later);
    }

    private static RemoteGroupView.Line line(ForumThread thread, ConversationService.Entry first) {
        return new RemoteGroupView.Line(thread.postId(), title(first), first.author().name(), first.author().handle(),
                thread.replyCount(), READABLE.format(thread.lastActivityAt()));
    }

    private static RemoteThreadView.Entry entry(ConversationService.Entry post) {
        return new RemoteThreadView.Entry(post.id(), title(post), post.deleted() ? null : post.html(),
                post.author().name(), post.author().handle(), link(post.author().url()),
                READABLE.format(post.published()), link(post.url() != null ? post.url() : post.uri()), post.deleted());
    }

    /** A Page's name; a NodeBB or Mastodon post without one is titled by its first words. */
    static String title(ConversationService.Entry post) {
        if (post.title() != null && !post.title().isBlank()) {
            return post.title();
        }
        String text = post.html() == null ? "" : Html.plainText(post.html());
        return text == null || text.isBlank() ? "(untitled)" : excerpt(text);
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    private static String link(String url) {
        if (url == null) {
            return null;
        }
        try {
            return WebLinks.orNull(URI.create(url));
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
