package london.patchwork.server.instance;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Gives start-up's garbage back to the operating system. Starting a hub (migrations, bean metadata, templates)
 * leaves tens of megabytes of dead objects that an idle hub would otherwise hold until its first full collection;
 * one collection a few seconds after start-up lets the heap shrink to what is live (the launcher runs the serial
 * collector with a small free-ratio, so it does shrink). Off with {@code patchwork.memory.collect-after-start=0s}.
 */
@Singleton
public class StartupGarbage {

    private final Duration delay;

    public StartupGarbage(@Value("${patchwork.memory.collect-after-start:5s}") Duration delay) {
        this.delay = delay;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        Thread.ofVirtual().name("startup-garbage").start(() -> {
            try {
                Thread.sleep(delay);
                System.gc();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
