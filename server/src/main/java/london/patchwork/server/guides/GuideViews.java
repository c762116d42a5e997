package london.patchwork.server.guides;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;

import java.util.List;

/** Guides as the JSON API shows them, with revision authors by handle. */
@Singleton
class GuideViews {

    private final GuideService guides;
    private final GuideActivities activities;
    private final ActorRepository actors;

    GuideViews(GuideService guides, GuideActivities activities, ActorRepository actors) {
        this.guides = guides;
        this.activities = activities;
        this.actors = actors;
    }

    GuideJson.Entry entry(Guide guide) {
        return new GuideJson.Entry(guide.slug(), guide.title(), guide.topic(), guide.currentRevision(),
                guide.updatedAt().toString(), activities.uri(guide.slug()).toString());
    }

    GuideJson.Full full(Guide guide) {
        GuideRevision current = guides.current(guide);
        return new GuideJson.Full(guide.slug(), guide.title(), guide.topic(), guide.currentRevision(), current.body(),
                current.bodyHtml(), revision(current), guide.createdAt().toString(), guide.updatedAt().toString(),
                activities.uri(guide.slug()).toString());
    }

    GuideJson.Revision revision(GuideRevision revision) {
        return new GuideJson.Revision(revision.number(), revision.title(), revision.topic(),
                authorName(revision.authorId()), revision.summary(), revision.createdAt().toString());
    }

    GuideJson.Diff diff(int from, int to, List<LineDiff.Line> lines) {
        return new GuideJson.Diff(from, to, lines.stream().map(line -> new GuideJson.DiffLine(
                line.change().name().toLowerCase(java.util.Locale.ROOT), line.text(),
                line.oldNumber() == 0 ? null : line.oldNumber(), line.newNumber() == 0 ? null : line.newNumber()))
                .toList());
    }

    /** A revision's author by their handle on this hub. */
    String authorName(long actorId) {
        return actors.findById(actorId).map(Actor::username).orElse("someone");
    }
}
