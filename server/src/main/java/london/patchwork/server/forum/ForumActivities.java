package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.Add;
import london.patchwork.federation.vocab.Collection;
import london.patchwork.federation.vocab.CollectionFields;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.OrderedCollectionPage;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.GenericActivity;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Remove;
import london.patchwork.federation.vocab.Undo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What the hub's Group sends as a FEP-1b12 group, all public and to its followers, with {@code audience} the group.
 * Each thread, reply, edit and delete is announced twice: {@code Announce} embedding the activity (as Lemmy and
 * Mbin read it) and, for creates, {@code Announce} of the object by id (the boost Mastodon applies, as it ignores
 * an announced {@code Create}). Moderators' acts go out as Lemmy sends them: {@code Add}/{@code Remove} on the
 * featured collection, {@code Lock}/{@code Undo{Lock}}, and {@code Delete} of a removed post by the group.
 */
@Singleton
class ForumActivities {

    /** The group's voice: its id, followers and featured collection. */
    record Group(URI id, URI followers, URI featured) {
    }

    /** {@code Announce} of an activity, embedded. */
    Announce announceActivity(URI id, Group group, Activity activity) {
        return Activity.of(Announce::new, id, group.id(), Ref.<ApObject>of(activity), addressing(group));
    }

    /** {@code Announce} of an object by its id: a boost, for Mastodon. */
    Announce announceObject(URI id, Group group, URI object) {
        return Activity.of(Announce::new, id, group.id(), Ref.to(object), addressing(group));
    }

    /** {@code Add} (pinned) or {@code Remove} (unpinned) of a thread on the group's featured collection. */
    Activity pin(URI id, Group group, URI thread, boolean pinned) {
        ActivityFields fields = ActivityFields.of(group.id(), thread).withTarget(group.featured());
        return pinned ? new Add(id, addressing(group), fields, Extras.EMPTY)
                : new Remove(id, addressing(group), fields, Extras.EMPTY);
    }

    /** {@code Lock} of a thread, as Lemmy sends it; unlocking is {@code Undo} of it. */
    Activity lock(URI id, Group group, URI thread) {
        return new GenericActivity(id, "Lock", addressing(group), ActivityFields.of(group.id(), thread), Extras.EMPTY);
    }

    Undo unlock(URI id, Group group, Activity lock) {
        return Activity.of(Undo::new, id, group.id(), Ref.<ApObject>of(lock), addressing(group));
    }

    /** A moderator's removal: {@code Delete} of the post by the group, as Lemmy's moderators' removals look. */
    Delete remove(URI id, Group group, URI post) {
        return Activity.of(Delete::new, id, group.id(), Ref.to(post), addressing(group));
    }

    /**
     * FEP-7888's context of a thread: an OrderedCollection of its first post and replies, oldest first, whose first
     * page is embedded (a short thread is read in one request) and whose further pages follow by {@code next}.
     */
    ApObject context(URI context, Group group, int total, List<URI> firstItems, boolean more) {
        // FEP-7888: the context is attributed to who keeps it, the group.
        ObjectFields fields = ObjectFields.builder().attributedTo(group.id()).audience(group.id()).build();
        return new OrderedCollection(context, fields, CollectionFields.paged(total,
                Ref.of(contextPage(context, 1, firstItems, more))), Extras.EMPTY);
    }

    ApObject contextPage(URI context, int page, List<URI> items, boolean more) {
        URI self = URI.create(context + "?page=" + page);
        Ref<ApObject> next = more ? Ref.to(URI.create(context + "?page=" + (page + 1))) : null;
        Ref<ApObject> prev = page > 1 ? Ref.to(URI.create(context + "?page=" + (page - 1))) : null;
        return new OrderedCollectionPage(self, ObjectFields.EMPTY, new CollectionFields(null,
                items.stream().map(Ref::<ApObject>to).toList(), null, null, null, Ref.to(context), next, prev,
                null), Extras.EMPTY);
    }

    /** The direct replies to a thread's first post, by id. */
    ApObject replies(URI replies, List<URI> items) {
        return new Collection(replies, ObjectFields.EMPTY,
                CollectionFields.of(items.stream().map(Ref::<ApObject>to).toList()), Extras.EMPTY);
    }

    private static ObjectFields addressing(Group group) {
        return ObjectFields.builder().to(PublicAddress.IRI).cc(group.followers()).audience(group.id())
                .published(Instant.now()).build();
    }
}
