package london.patchwork.server.aggregation;

import london.patchwork.web.hubs.HubDirectoryView;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The directory's page view: dates and figures written out for people, absent values left empty. */
final class HubDirectoryPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private HubDirectoryPages() {
    }

    static HubDirectoryView view(Site site, PageMeta meta, HubDirectory.Self self, List<HubDirectory.Listed> hubs) {
        HubDirectoryView.Entry own = new HubDirectoryView.Entry(self.name(), self.site(), text(self.icon()),
                self.handle(), text(self.area()), text(self.summary()), counts(self.counts()), "", "", List.of(),
                true);
        return new HubDirectoryView(site, meta, own, hubs.stream().map(HubDirectoryPages::entry).toList());
    }

    private static HubDirectoryView.Entry entry(HubDirectory.Listed listed) {
        HubJson hub = listed.hub();
        HubJson.Health health = hub.health();
        List<String> lines = new ArrayList<>();
        lines.add(health.reachable() == null ? "Not read yet"
                : health.reachable() ? "Reachable (read " + when(health.refreshedAt()) + ")"
                : "Unreachable (tried " + when(health.refreshedAt()) + ")");
        lines.add(health.lastDeliveryAt() == null ? "Nothing delivered to it yet"
                : "Last delivery " + when(health.lastDeliveryAt()));
        lines.add("Delivery circuit " + health.circuit());
        boolean healthy = !Boolean.FALSE.equals(health.reachable()) && "closed".equals(health.circuit());
        String name = hub.name() == null ? hub.handle() : hub.name();
        return new HubDirectoryView.Entry(name, listed.site(), text(listed.icon()), hub.handle(), text(hub.area()),
                text(hub.summary()), counts(hub.counts()), hub.lastActivityAt() == null ? "" : when(hub.lastActivityAt()),
                hub.lastActivityAt() == null ? "" : hub.lastActivityAt().toString(), lines, healthy);
    }

    private static List<HubDirectoryView.Count> counts(HubJson.Counts counts) {
        List<HubDirectoryView.Count> shown = new ArrayList<>();
        if (counts.members() != null) {
            shown.add(new HubDirectoryView.Count("Members", String.valueOf(counts.members())));
        }
        if (counts.posts() != null) {
            shown.add(new HubDirectoryView.Count("Posts", String.valueOf(counts.posts())));
        }
        shown.add(new HubDirectoryView.Count("Events", String.valueOf(counts.events())));
        shown.add(new HubDirectoryView.Count("Assets", String.valueOf(counts.assets())));
        shown.add(new HubDirectoryView.Count("Connections", String.valueOf(counts.connections())));
        return shown;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
