package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.events.EventService;
import london.patchwork.server.posts.PostService;

import java.util.List;

/** The ids of what the index lists, a batch at a time, from each capability: what the start-up fill walks. */
@Singleton
class ItemIndexSources {

    private final PostService posts;
    private final EventService events;
    private final AssetService assets;

    ItemIndexSources(PostService posts, EventService events, AssetService assets) {
        this.posts = posts;
        this.events = events;
        this.assets = assets;
    }

    List<Long> posts(long after, int limit) {
        return posts.indexableAfter(after, limit);
    }

    List<Long> events(long after, int limit) {
        return events.indexableAfter(after, limit);
    }

    List<Long> assets(long after, int limit) {
        return assets.indexableAfter(after, limit);
    }
}
