package london.patchwork.server.guides;

import london.patchwork.server.moderation.Markdown;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.guides.GuideDiffView;
import london.patchwork.web.guides.GuideFormView;
import london.patchwork.web.guides.GuideHistoryView;
import london.patchwork.web.guides.GuideListView;
import london.patchwork.web.guides.GuidePageView;
import london.patchwork.web.layout.PageMeta;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The wiki's pages as view models for {@code web/guides/}. */
@Singleton
class GuidePages {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final GuideService guides;
    private final GuideViews views;
    private final GuideActivities activities;
    private final SiteContext site;
    private final Uris uris;

    GuidePages(GuideService guides, GuideViews views, GuideActivities activities, SiteContext site, Uris uris) {
        this.guides = guides;
        this.views = views;
        this.activities = activities;
        this.site = site;
        this.uris = uris;
    }

    GuideListView list(boolean canWrite) {
        Map<String, List<GuideListView.Entry>> byTopic = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Guide guide : guides.listed(null)) {
            String key = guide.topic().toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, guide.topic());
            byTopic.computeIfAbsent(key, ignored -> new ArrayList<>())
                    .add(new GuideListView.Entry(guide.slug(), guide.title(), READABLE.format(guide.updatedAt())));
        }
        List<GuideListView.Topic> topics = byTopic.entrySet().stream().map(topic -> new GuideListView.Topic(
                names.get(topic.getKey()), anchor(topic.getKey()), topic.getValue())).toList();
        return new GuideListView(site.site(), PageMeta.of("Guides", "How-to guides by the members of "
                + site.site().hubName(), uris.page("/guides").toString())
                .withFeeds("Guides on " + site.site().hubName(), uris.page("/guides/feed").toString()), topics,
                canWrite);
    }

    GuidePageView page(Guide guide, boolean canEdit, boolean canDelete, String formToken) {
        GuideRevision current = guides.current(guide);
        String uri = activities.uri(guide.slug()).toString();
        PageMeta meta = new PageMeta(guide.title(), Markdown.summary(current.bodyHtml()), uri, uri);
        return new GuidePageView(site.site(), meta, guide.slug(), guide.title(), guide.topic(), anchor(guide.topic()),
                current.bodyHtml(), current.number(), views.authorName(current.authorId()),
                READABLE.format(current.createdAt()), canEdit, canDelete, formToken);
    }

    GuideFormView newForm(String formToken, GuideInput typed, Map<String, String> errors) {
        return new GuideFormView(site.site(), PageMeta.of("Start a guide", "Write a new guide",
                uris.page("/guides/new").toString()), formToken, true, "", typed.title(), typed.topic(), typed.body(),
                typed.summary(), 0, errors, 0);
    }

    GuideFormView editForm(Guide guide, String formToken, GuideInput typed, int base, Map<String, String> errors,
                           int conflictRevision) {
        return new GuideFormView(site.site(), PageMeta.of("Edit " + guide.title(), "Edit the guide " + guide.title(),
                uris.page("/guides/" + guide.slug() + "/edit").toString()), formToken, false, guide.slug(),
                typed.title(), typed.topic(), typed.body(), typed.summary(), base, errors, conflictRevision);
    }

    GuideHistoryView history(Guide guide, boolean canRestore, String formToken) {
        List<GuideHistoryView.Revision> revisions = guides.history(guide).stream().map(revision ->
                new GuideHistoryView.Revision(revision.number(), revision.title(),
                        views.authorName(revision.authorId()), revision.summary(),
                        READABLE.format(revision.createdAt()))).toList();
        return new GuideHistoryView(site.site(), PageMeta.of("History of " + guide.title(), "Every revision of "
                        + guide.title(), uris.page("/guides/" + guide.slug() + "/history").toString()), guide.slug(),
                guide.title(), guide.currentRevision(), revisions, canRestore, formToken);
    }

    GuideDiffView diff(Guide guide, int from, int to, List<LineDiff.Line> lines) {
        List<GuideDiffView.Line> rows = lines.stream().map(line -> switch (line.change()) {
            case ADDED -> new GuideDiffView.Line("added", "+", "Added", line.text(), "", number(line.newNumber()));
            case REMOVED -> new GuideDiffView.Line("removed", "−", "Removed", line.text(), number(line.oldNumber()),
                    "");
            case KEPT -> new GuideDiffView.Line("kept", " ", "Unchanged", line.text(), number(line.oldNumber()),
                    number(line.newNumber()));
        }).toList();
        int added = (int) lines.stream().filter(line -> line.change() == LineDiff.Change.ADDED).count();
        int removed = (int) lines.stream().filter(line -> line.change() == LineDiff.Change.REMOVED).count();
        return new GuideDiffView(site.site(), PageMeta.of("Changes to " + guide.title(), "Revision " + from
                + " to revision " + to, uris.page("/guides/" + guide.slug() + "/diff?from=" + from + "&to=" + to)
                .toString()), guide.slug(), guide.title(), from, to, rows, added, removed);
    }

    static String anchor(String topic) {
        String slug = GuideInput.slugOf(topic);
        return "topic-" + (slug.isEmpty() ? Integer.toHexString(topic.toLowerCase(Locale.ROOT).hashCode()) : slug);
    }

    private static String number(int n) {
        return n == 0 ? "" : Integer.toString(n);
    }
}
