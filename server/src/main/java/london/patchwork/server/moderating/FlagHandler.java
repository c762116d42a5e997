package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.ModeratedContent;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A remote server reports an account here and some of its posts ({@code Flag}, as Mastodon sends it from its
 * instance actor: the account and the posts as objects, the comment as content). Stored as a report for the
 * moderators, once per activity; objects not held here are left out.
 */
@Singleton
public class FlagHandler implements ActivityHandler {

    private static final int MAX_COMMENT = 1000;
    private static final int MAX_OBJECTS = 50;

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final ModerationService moderation;

    public FlagHandler(ActorRepository actors, LocalActors localActors, ModerationService moderation) {
        this.actors = actors;
        this.localActors = localActors;
        this.moderation = moderation;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Actor target = null;
        List<String> posts = new ArrayList<>();
        for (Ref<?> ref : inbound.activity().objects().stream().limit(MAX_OBJECTS).toList()) {
            URI id = ref.id();
            Optional<Actor> actor = localActors.findByUri(id).or(() -> actors.findByUri(id.toString()));
            if (actor.isPresent()) {
                target = target == null ? actor.get() : target;
                continue;
            }
            Optional<ModeratedContent.Content> post = moderation.contentByUri(id.toString());
            if (post.isPresent()) {
                posts.add(post.get().uri());
                if (target == null) {
                    target = actors.findById(post.get().authorId()).orElse(null);
                }
            }
        }
        if (target == null) {
            return HandlerOutcome.ignored("reports no account held here");
        }
        Actor reported = target;
        List<String> ofTheAccount = posts.stream().filter(uri -> moderation.contentByUri(uri)
                .map(content -> content.authorId() == reported.id()).orElse(false)).toList();
        String comment = inbound.activity().fields().content() == null ? ""
                : Html.plainText(inbound.activity().fields().content());
        if (comment.length() > MAX_COMMENT) {
            comment = comment.substring(0, MAX_COMMENT);
        }
        return moderation.reportFromRemote(inbound.sender(), reported, ofTheAccount, comment,
                        inbound.activity().id())
                .map(id -> HandlerOutcome.applied("report " + id + " about " + ActorBlocks.describe(reported)))
                .orElse(HandlerOutcome.ignored("already reported"));
    }
}
