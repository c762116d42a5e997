package london.patchwork.server.aggregation;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.events.EventService;
import london.patchwork.server.posts.PostService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with every write the capabilities announce, here or by a peer's inbox: so an edit or a
 * delete at an item's origin, once it reaches this instance, changes or removes its row. The changes are published
 * inside the writing transaction, so the row commits with the content; a failure to index is logged and never
 * undoes the write (the next change, or the start-up fill of an empty index, puts it right).
 */
@Singleton
class ItemIndexListener {

    private static final Logger LOG = LoggerFactory.getLogger(ItemIndexListener.class);

    private final ItemIndexer indexer;

    ItemIndexListener(ItemIndexer indexer) {
        this.indexer = indexer;
    }

    @EventListener
    void on(PostService.Changed change) {
        guarded("post", change.postId(), () -> {
            if (change.kind() == PostService.Changed.Kind.DELETED || change.kind() == PostService.Changed.Kind.REMOVED) {
                indexer.removed(ItemIndexer.POSTS, change.postId());
            } else {
                indexer.post(change.postId());
            }
        });
    }

    @EventListener
    void on(EventService.Changed change) {
        guarded("event", change.eventId(), () -> {
            if (change.kind() == EventService.Changed.Kind.DELETED) {
                indexer.removed(ItemIndexer.EVENTS, change.eventId());
            } else {
                indexer.event(change.eventId());
            }
        });
    }

    @EventListener
    void on(AssetService.Changed change) {
        long id = change.assetId();
        guarded("asset", id, () -> {
            if (change.kind() == AssetService.Changed.Kind.DELETED) {
                indexer.removed(ItemIndexer.ASSETS, id);
            } else {
                indexer.asset(id);
            }
        });
    }

    private static void guarded(String kind, long id, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("event=hub_index_failed kind={} id={} error={}", kind, id, e.toString());
        }
    }
}
