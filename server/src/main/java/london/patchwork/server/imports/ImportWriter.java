package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;

import java.util.function.Consumer;

/**
 * Writes a checked plan in one transaction: every asset, then every tie between them, through their capabilities'
 * services (which join this transaction), so a failure anywhere leaves nothing half-imported.
 */
@Singleton
class ImportWriter {

    /** What was stored. */
    record Written(int assets, int ties) {
    }

    private final AssetService assets;
    private final ImportTies ties;

    ImportWriter(AssetService assets, ImportTies ties) {
        this.assets = assets;
        this.ties = ties;
    }

    /**
     * @param actorId  who imports: a member's actor, or null for the organiser token
     * @param finished run last, inside the transaction (a job records that it is done in the same commit)
     */
    @Transactional
    public Written write(ImportPlan plan, @Nullable Long actorId, Progress progress, Consumer<Written> finished) {
        int total = plan.parsed().assets().size() + plan.ties().size();
        long[] ids = new long[plan.parsed().assets().size()];
        int done = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = assets.createImported(actorId, plan.parsed().assets().get(i).draft());
            progress.at("writing", ++done, total);
        }
        for (ImportPlan.Tie tie : plan.ties()) {
            ties.create(actorId, tie.row(), ids[tie.from()], ids[tie.to()]);
            progress.at("writing", ++done, total);
        }
        Written written = new Written(ids.length, plan.ties().size());
        finished.accept(written);
        return written;
    }
}
