package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.moderation.ModeratedContent;

import java.util.List;
import java.util.Optional;

/** Builds the moderation API's bodies from what moderation holds. */
@Singleton
class AdminJsonWriter {

    private final ModerationService moderation;
    private final AccountJsonMapper accounts;

    AdminJsonWriter(ModerationService moderation, AccountJsonMapper accounts) {
        this.moderation = moderation;
        this.accounts = accounts;
    }

    AdminJson.Account account(Actor actor) {
        Optional<ActorBlocks.ActorBlock> block = moderation.accountBlock(actor.id());
        return new AdminJson.Account(actor.id().toString(), actor.username(), actor.local() ? null : actor.host(),
                block.map(b -> b.severity() == Severity.SUSPEND).orElse(false),
                block.map(b -> b.severity() == Severity.SILENCE).orElse(false),
                AccountJsonMapper.time(actor.createdAt()), accounts.toJson(actor));
    }

    AdminJson.Report report(Reports.Report report) {
        List<AdminJson.ReportedStatus> statuses = report.statusUris().stream().map(uri -> moderation.contentByUri(uri)
                .map(AdminJsonWriter::status)
                .orElse(new AdminJson.ReportedStatus(null, uri, null, null, true))).toList();
        return new AdminJson.Report(Long.toString(report.id()), !report.open(),
                AccountJsonMapper.time(report.resolvedAt()), report.resolvedBy(), report.resolution(),
                report.category(), report.comment(), report.forwardedAt() != null, report.forward(),
                AccountJsonMapper.time(report.forwardedAt()), AccountJsonMapper.time(report.createdAt()),
                report.reporterActorId() == null ? null
                        : moderation.findAccount(report.reporterActorId()).map(this::account).orElse(null),
                moderation.findAccount(report.targetActorId()).map(this::account).orElseThrow(),
                statuses.stream().map(AdminJson.ReportedStatus::id).filter(id -> id != null).toList(), statuses);
    }

    AdminJson.MemberReport memberReport(Reports.Report report) {
        return new AdminJson.MemberReport(Long.toString(report.id()), !report.open(), report.category(),
                report.comment(), report.forward(), AccountJsonMapper.time(report.createdAt()),
                report.statusUris().stream().flatMap(uri -> moderation.contentByUri(uri).stream())
                        .map(content -> Long.toString(content.id())).toList(),
                moderation.findAccount(report.targetActorId()).map(accounts::toJson).orElseThrow());
    }

    static AdminJson.DomainBlock domainBlock(DomainBlocks.DomainBlock block, Integer followsEnded,
                                             Integer deliveriesDropped) {
        return new AdminJson.DomainBlock(block.host(), block.host(), AccountJsonMapper.time(block.at()),
                block.severity().key(), block.reason(), followsEnded, deliveriesDropped);
    }

    static AdminJson.LogEntry logEntry(ModerationLog.Entry entry) {
        return new AdminJson.LogEntry(Long.toString(entry.id()), AccountJsonMapper.time(entry.at()), entry.by(),
                entry.action(), entry.target(), entry.reason(),
                entry.reportId() == null ? null : entry.reportId().toString());
    }

    private static AdminJson.ReportedStatus status(ModeratedContent.Content content) {
        return new AdminJson.ReportedStatus(Long.toString(content.id()), content.uri(), content.url(),
                content.html(), content.removed());
    }
}
