package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Flag;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code Flag} a hub sends when a moderator forwards a report, in the shape Mastodon sends and reads. */
@Singleton
public class ReportActivities {

    /**
     * @param hub     the hub's Group actor, which speaks for its moderators (the reporter stays anonymous)
     * @param account the reported account
     * @param posts   the reported posts
     * @param comment the report's comment, as plain text
     */
    public Flag flag(URI id, URI hub, URI account, List<URI> posts, String comment, Instant at) {
        List<Ref<ApObject>> objects = new ArrayList<>();
        objects.add(Ref.to(account));
        posts.forEach(post -> objects.add(Ref.to(post)));
        return new Flag(id, ObjectFields.builder().to(account).content(comment).published(at).build(),
                new ActivityFields(List.of(Ref.to(hub)), objects, null, null, null, null), Extras.EMPTY);
    }
}
