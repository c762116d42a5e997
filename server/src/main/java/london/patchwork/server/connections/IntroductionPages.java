package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.introductions.IntroductionsView;
import london.patchwork.web.layout.PageMeta;

import java.util.List;

/** The introductions pages' views: a member's answers to give, and the weavers' suggestions and proposals. */
@Singleton
class IntroductionPages {

    static final int SUGGESTED = 20;
    static final int LISTED = 100;

    private final IntroductionService introductions;
    private final ConnectionService connections;
    private final SiteContext site;
    private final Uris uris;

    IntroductionPages(IntroductionService introductions, ConnectionService connections, SiteContext site,
                      Uris uris) {
        this.introductions = introductions;
        this.connections = connections;
        this.site = site;
        this.uris = uris;
    }

    IntroductionsView mine(ConnectionEditor member, String token, String notice) {
        return new IntroductionsView(site.site(), PageMeta.of("Introductions", "Introductions waiting for your "
                + "answer", uris.page("/introductions").toString()), token,
                introductions.awaiting(member).stream().map(row -> row(row, member)).toList(), List.of(), List.of(),
                notice, "");
    }

    IntroductionsView weaver(ConnectionEditor weaver, String token, String notice, String error) {
        return new IntroductionsView(site.site(), PageMeta.of("Suggested introductions", "Pairs not yet tied that "
                + "should be, and the introductions proposed", uris.page("/network/introductions").toString()), token,
                introductions.latest(LISTED).stream().map(row -> row(row, weaver)).toList(),
                introductions.suggestions(SUGGESTED).stream().map(IntroductionPages::suggested).toList(),
                connections.types().stream().map(type -> new IntroductionsView.Option(type.slug(), type.name()))
                        .toList(), notice, error);
    }

    private IntroductionsView.Row row(Introduction row, ConnectionEditor viewer) {
        IntroductionService.Described described = introductions.describe(row, viewer);
        return new IntroductionsView.Row(row.id().toString(), described.subject().name(),
                orEmpty(described.subject().url()), row.subjectAnswer(), described.object().name(),
                orEmpty(described.object().url()), row.objectAnswer(), described.typeName(), row.message(),
                row.status(), !described.answerable().isEmpty());
    }

    private static IntroductionsView.Suggested suggested(Suggestion suggestion) {
        Network.Node from = suggestion.from();
        Network.Node to = suggestion.to();
        return new IntroductionsView.Suggested(from.name(), from.assetId() == null ? "" : from.assetId().toString(),
                from.assetId() == null ? from.key() : "", to.name(),
                to.assetId() == null ? "" : to.assetId().toString(), to.assetId() == null ? to.key() : "",
                suggestion.reason());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
