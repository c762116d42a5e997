package london.patchwork.server.delivery;

import jakarta.inject.Singleton;
import london.patchwork.server.work.WakeUp;

/** Wakes the fan-out and delivery workers: an activity or a job was committed, here or in another process. */
@Singleton
public class DeliveryWakeUp extends WakeUp {
}
