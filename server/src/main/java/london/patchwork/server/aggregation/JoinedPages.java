package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.hubs.HubOption;
import london.patchwork.web.hubs.JoinedItemView;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the views across hubs share: the site, page metadata, items as the templates show them, paging links. */
@Singleton
class JoinedPages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK)
            .withZone(LONDON);
    private static final int SHOWN = 280;

    private final SiteContext site;
    private final Uris uris;

    JoinedPages(SiteContext site, Uris uris) {
        this.site = site;
        this.uris = uris;
    }

    Site site() {
        return site.site();
    }

    PageMeta meta(String title, String description, String path) {
        return PageMeta.of(title, description, uris.page(path).toString());
    }

    static JoinedItemView item(ItemIndexRow row, Map<String, JoinedHubs.Origin> hubs) {
        JoinedHubs.Origin origin = JoinedHubs.label(hubs, row.origin());
        Instant when = row.startsAt() != null ? row.startsAt() : row.published();
        String summary = row.summary().length() > SHOWN ? row.summary().substring(0, SHOWN - 1) + "…"
                : row.summary();
        return new JoinedItemView(row.kind(), row.title(), summary, row.url(),
                row.author() == null ? "" : row.author(), READABLE.format(when),
                row.category() == null ? "" : row.category(), origin.name(), origin.url());
    }

    /** The hubs as filter choices, by origin. */
    static List<HubOption> hubOptions(List<JoinedHubs.Origin> hubs) {
        return hubs.stream().map(hub -> new HubOption(hub.origin(), hub.name())).toList();
    }

    /** {@code path?name=value&...&page=n} with the empty values left out; empty when {@code page} is below 1. */
    static String pageLink(String path, int page, String... namesAndValues) {
        if (page < 1) {
            return "";
        }
        StringBuilder link = new StringBuilder(path).append('?');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                link.append(namesAndValues[i]).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return link.append("page=").append(page).toString();
    }

    /** The page asked for, from 1; anything else is the first. */
    static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return number >= 1 && number <= 10_000 ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
