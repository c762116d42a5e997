package london.patchwork.server.aggregation;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * The one-off fill of an empty index from the content stored before the index existed (an instance upgraded to a
 * version with views across hubs): in bounded batches by id, in the background so start-up does not wait, with its
 * progress logged. An index with rows is kept by {@link ItemIndexListener} and not filled again.
 */
@Singleton
class ItemIndexFill {

    private static final Logger LOG = LoggerFactory.getLogger(ItemIndexFill.class);
    static final int BATCH = 200;

    private final ItemIndex index;
    private final ItemIndexer indexer;
    private final ItemIndexSources sources;

    ItemIndexFill(ItemIndex index, ItemIndexer indexer, ItemIndexSources sources) {
        this.index = index;
        this.indexer = indexer;
        this.sources = sources;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Thread.ofVirtual().name("hub-index-fill").start(this::fillIfEmpty);
    }

    void fillIfEmpty() {
        try {
            if (index.size() > 0) {
                return;
            }
            long posts = fill("posts", sources::posts, indexer::post);
            long events = fill("events", sources::events, indexer::event);
            long assets = fill("assets", sources::assets, indexer::asset);
            if (posts + events + assets > 0) {
                LOG.info("event=hub_index_filled posts={} events={} assets={} rows={}", posts, events, assets,
                        index.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("event=hub_index_fill_failed error={}", e.toString());
        }
    }

    private static long fill(String source, BiFunction<Long, Integer, List<Long>> ids, LongConsumer write) {
        long after = 0;
        long done = 0;
        while (true) {
            List<Long> batch = ids.apply(after, BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            batch.forEach(write::accept);
            done += batch.size();
            after = batch.getLast();
            LOG.info("event=hub_index_fill source={} read={}", source, done);
        }
    }
}
