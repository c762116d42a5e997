package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An event (Mobilizon, Gancio, FEP-8a8e). Start and end are {@code fields().startTime()} and
 * {@code fields().endTime()}; the place is in {@code fields().location()}: a {@link Place}, a
 * VirtualLocation for online events, or both.
 *
 * @param id     the event's IRI
 * @param fields object properties
 * @param event  event extensions (time zone, join mode, capacity, status, ...)
 * @param extra  properties not modelled
 */
public record Event(URI id, ObjectFields fields, EventFields event, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Event";
    }
}
