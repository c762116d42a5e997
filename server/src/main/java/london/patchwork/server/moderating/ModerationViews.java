package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.web.moderation.BlocksView;
import london.patchwork.web.moderation.QueueView;
import london.patchwork.web.moderation.ReportEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The moderation pages' view records, from what moderation holds. */
@Singleton
class ModerationViews {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final ModerationService moderation;
    private final LocalActorUris actorUris;
    private final String authority;

    ModerationViews(ModerationService moderation, LocalActorUris actorUris, Instance instance) {
        this.moderation = moderation;
        this.actorUris = actorUris;
        this.authority = instance.authority();
    }

    ReportEntry entry(Reports.Report report, String why, String error) {
        Actor target = moderation.findAccount(report.targetActorId()).orElseThrow();
        String reporter = report.reporterActorId() == null ? "someone whose account is gone"
                : moderation.findAccount(report.reporterActorId()).map(this::handle).orElse("someone");
        List<ReportEntry.ReportedPost> posts = report.statusUris().stream().map(uri -> moderation.contentByUri(uri)
                .map(content -> new ReportEntry.ReportedPost(content.url(), content.html(), content.removed()))
                .orElse(new ReportEntry.ReportedPost(uri, "", true))).toList();
        return new ReportEntry(report.id(), time(report.createdAt()), reporter, handle(target),
                target.local() ? actorUris.profilePage(target).toString() : target.url() != null ? target.url()
                        : target.uri(), report.category(), report.comment(), posts, report.open(),
                report.resolution() == null ? "" : report.resolution() + " by " + report.resolvedBy(),
                !target.local(), !target.local() && report.forwardedAt() == null, why == null ? "" : why, error);
    }

    List<QueueView.LogLine> log(int limit) {
        return moderation.log(limit, 0).stream().map(entry -> new QueueView.LogLine(time(entry.at()), entry.by(),
                entry.action(), entry.target(), entry.reason())).toList();
    }

    List<BlocksView.Block> domainBlocks() {
        return moderation.domainBlocks().stream().map(block -> new BlocksView.Block(block.host(),
                block.severity() == Severity.SUSPEND ? "blocked" : "silenced", time(block.at()), block.reason(),
                "/moderation/blocks/lift-domain", block.host())).toList();
    }

    List<BlocksView.Block> accountBlocks() {
        return moderation.accountBlocks().stream().flatMap(block -> moderation.findAccount(block.actorId()).stream()
                .map(actor -> new BlocksView.Block(handle(actor),
                        block.severity() == Severity.SUSPEND ? "suspended" : "silenced", time(block.at()),
                        block.reason(), "/moderation/blocks/lift-account", actor.id().toString()))).toList();
    }

    String handle(Actor actor) {
        return "@" + AccountJsonMapper.acct(actor) + (actor.local() ? "@" + authority : "");
    }

    static String time(Instant at) {
        return at == null ? "" : READABLE.format(at);
    }
}
