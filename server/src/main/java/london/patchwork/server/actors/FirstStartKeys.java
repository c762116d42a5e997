package london.patchwork.server.actors;

import london.patchwork.federation.signatures.KeyPairs;

import java.security.KeyPair;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * RSA keys for the hub's actors, made while a brand-new embedded database is being created. On a first start both
 * take about a second; made one after the other, after the database, the keys were the longest step of start-up.
 * Made only when the data directory is new, so a restart spends nothing on them.
 */
public final class FirstStartKeys {

    private static final Queue<CompletableFuture<KeyPair>> PREPARED = new ConcurrentLinkedQueue<>();

    private FirstStartKeys() {
    }

    /** Starts making {@code count} key pairs, each on its own thread. */
    public static void prepare(int count) {
        for (int i = 0; i < count; i++) {
            CompletableFuture<KeyPair> pair = new CompletableFuture<>();
            PREPARED.add(pair);
            Thread.ofPlatform().daemon().name("first-start-key-" + i).start(() -> {
                try {
                    pair.complete(KeyPairs.rsa2048());
                } catch (RuntimeException e) {
                    pair.completeExceptionally(e);
                }
            });
        }
    }

    /** A prepared key pair, once made, or a new one when none was prepared. */
    static KeyPair take() {
        CompletableFuture<KeyPair> prepared = PREPARED.poll();
        if (prepared != null) {
            try {
                return prepared.join();
            } catch (RuntimeException failed) {
                // made again below
            }
        }
        return KeyPairs.rsa2048();
    }
}
