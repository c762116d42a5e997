package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.moderation.BlockedActors;
import london.patchwork.server.moderation.BlockedDomains;
import london.patchwork.server.moderation.ModeratedContent;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What moderators and organisers do, whichever way they ask (pages or API): block and silence domains and
 * accounts, take reports, and act on them. Every action is logged in its own transaction with who and why, and a
 * block takes effect in this process as soon as it commits (the in-memory block lists are reloaded then).
 */
@Singleton
public class ModerationService {

    /** A request moderation cannot carry out, with the reason to show. */
    public static final class Refused extends Exception {
        private final boolean notFound;

        Refused(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    /** What {@code POST /api/v1/admin/accounts/{id}/action} and the report page may do to an account. */
    public enum AccountAction { NONE, SILENCE, SUSPEND }

    private final DomainBlocks domainBlocks;
    private final ActorBlocks actorBlocks;
    private final Reports reports;
    private final ReportForwarding forwarding;
    private final ModerationLog log;
    private final ActorRepository actors;
    private final List<ModeratedContent> contents;
    private final BlockedDomains blockedDomains;
    private final BlockedActors blockedActors;
    private final ModerationStanding standing;

    public ModerationService(DomainBlocks domainBlocks, ActorBlocks actorBlocks, Reports reports,
                             ReportForwarding forwarding, ModerationLog log, ActorRepository actors,
                             List<ModeratedContent> contents, BlockedDomains blockedDomains,
                             BlockedActors blockedActors, ModerationStanding standing) {
        this.standing = standing;
        this.domainBlocks = domainBlocks;
        this.actorBlocks = actorBlocks;
        this.reports = reports;
        this.forwarding = forwarding;
        this.log = log;
        this.actors = actors;
        this.contents = contents;
        this.blockedDomains = blockedDomains;
        this.blockedActors = blockedActors;
    }

    public Acting acting(@Nullable Authentication authentication) {
        return Acting.of(authentication, actors);
    }

    // Domains

    public DomainBlocks.Applied blockDomain(Acting by, String typedHost, Severity severity, String reason)
            throws Refused {
        String host = DomainBlocks.normalise(typedHost)
                .orElseThrow(() -> new Refused("domain must be a host name such as example.org", false));
        DomainBlocks.Applied applied = domainBlocks.apply(by, host, severity, reason(reason));
        blockedDomains.reload();
        return applied;
    }

    public void liftDomain(Acting by, String typedHost, String reason) throws Refused {
        String host = DomainBlocks.normalise(typedHost).orElseThrow(() -> new Refused("no such domain block", true));
        if (!domainBlocks.lift(by, host, reason(reason))) {
            throw new Refused("no such domain block", true);
        }
        blockedDomains.reload();
    }

    public List<DomainBlocks.DomainBlock> domainBlocks() {
        return domainBlocks.list();
    }

    public Optional<DomainBlocks.DomainBlock> domainBlock(String host) {
        return DomainBlocks.normalise(host).flatMap(domainBlocks::find);
    }

    // Accounts

    public Actor account(long actorId) throws Refused {
        return actors.findById(actorId).orElseThrow(() -> new Refused("no such account", true));
    }

    public Optional<Actor> findAccount(long actorId) {
        return actors.findById(actorId);
    }

    /** Silences or suspends an account (NONE only logs the warning), and resolves the report it came from. */
    public void actOnAccount(Acting by, long actorId, AccountAction action, String reason, @Nullable Long reportId)
            throws Refused {
        Actor actor = account(actorId);
        Optional<String> refusal = standing.refusal(by, actor);
        if (refusal.isPresent() && action != AccountAction.NONE) {
            throw new Refused(refusal.get(), false);
        }
        if (action == AccountAction.NONE) {
            log.record(by, "warn account", ActorBlocks.describe(actor), reason(reason), reportId);
        } else {
            actorBlocks.apply(by, actor, action == AccountAction.SUSPEND ? Severity.SUSPEND : Severity.SILENCE,
                    reason(reason), reportId);
            blockedActors.reload();
        }
        if (reportId != null) {
            reports.resolve(reportId, by.label(), action.name().toLowerCase(java.util.Locale.ROOT) + " account");
        }
    }

    public void liftAccount(Acting by, long actorId, String reason) throws Refused {
        if (!actorBlocks.lift(by, account(actorId), reason(reason))) {
            throw new Refused("the account is neither silenced nor suspended", false);
        }
        blockedActors.reload();
    }

    public Optional<ActorBlocks.ActorBlock> accountBlock(long actorId) {
        return actorBlocks.find(actorId);
    }

    public List<ActorBlocks.ActorBlock> accountBlocks() {
        return actorBlocks.list();
    }

    // Reports

    /**
     * A member reports an account and, optionally, some of its posts.
     *
     * @param statusIds the posts' ids in the client API; each must be by the reported account
     */
    public Reports.Report report(long reporterId, long targetId, List<Long> statusIds, String comment,
                                 @Nullable String category, boolean forward) throws Refused {
        Actor target = actors.findById(targetId).orElseThrow(() -> new Refused("no such account", true));
        if (target.id() == reporterId) {
            throw new Refused("you cannot report yourself", false);
        }
        String kind = category == null || category.isBlank() ? "other" : category.strip().toLowerCase();
        if (!Reports.CATEGORIES.contains(kind)) {
            throw new Refused("category must be one of " + String.join(", ", Reports.CATEGORIES), false);
        }
        if (comment != null && comment.length() > 1000) {
            throw new Refused("comment must be at most 1000 characters", false);
        }
        List<String> uris = new ArrayList<>();
        for (long statusId : statusIds) {
            ModeratedContent.Content content = content(statusId)
                    .filter(found -> found.authorId() == target.id())
                    .orElseThrow(() -> new Refused("status " + statusId + " is not by the reported account", false));
            uris.add(content.uri());
        }
        long id = reports.file(reporterId, target.id(), uris, comment == null ? "" : comment.strip(), kind,
                forward && !target.local(), null).orElseThrow();
        return reports.find(id).orElseThrow();
    }

    /** A remote server's {@code Flag}, filed once per activity. */
    public Optional<Long> reportFromRemote(Actor sender, Actor target, List<String> statusUris, String comment,
                                           URI activityUri) {
        return reports.file(sender.id(), target.id(), statusUris, comment, "other", false, activityUri.toString());
    }

    public List<Reports.Report> reports(boolean resolved, int limit) {
        return reports.list(resolved, limit);
    }

    public Reports.Report reportById(long id) throws Refused {
        return reports.find(id).orElseThrow(() -> new Refused("no such report", true));
    }

    public Reports.Report resolve(Acting by, long id, String reason) throws Refused {
        Reports.Report report = reportById(id);
        if (reports.resolve(id, by.label(), "resolved")) {
            log.record(by, "resolve report", "report " + id, reason(reason), id);
        }
        return reports.find(report.id()).orElseThrow();
    }

    public Reports.Report reopen(Acting by, long id, String reason) throws Refused {
        reportById(id);
        reports.reopen(id);
        log.record(by, "reopen report", "report " + id, reason(reason), id);
        return reports.find(id).orElseThrow();
    }

    /** Removes every post a report names (ours are deleted and their {@code Delete} goes out) and resolves it. */
    public List<String> removeReportedContent(Acting by, long id, String reason) throws Refused {
        Reports.Report report = reportById(id);
        List<String> removed = new ArrayList<>();
        for (String uri : report.statusUris()) {
            for (ModeratedContent content : contents) {
                content.remove(uri).ifPresent(done -> {
                    removed.add(done);
                    log.record(by, "remove content", uri, reason(reason), id);
                });
            }
        }
        if (removed.isEmpty()) {
            throw new Refused("the report names no content that is still here", false);
        }
        reports.resolve(id, by.label(), "content removed");
        return removed;
    }

    /** Sends the report to the reported account's server as a {@code Flag} from the hub. */
    public URI forward(Acting by, long id, String reason) throws Refused {
        Reports.Report report = reportById(id);
        Actor target = account(report.targetActorId());
        if (target.local() || target.uri() == null) {
            throw new Refused("the reported account is on this hub: there is no other server to tell", false);
        }
        if (report.forwardedAt() != null) {
            throw new Refused("the report was forwarded already", false);
        }
        return forwarding.forward(by, report, target, reason(reason));
    }

    public Optional<ModeratedContent.Content> content(long statusId) {
        return contents.stream().flatMap(content -> content.findById(statusId).stream()).findFirst();
    }

    public Optional<ModeratedContent.Content> contentByUri(String uri) {
        return contents.stream().flatMap(content -> content.findByUri(uri).stream()).findFirst();
    }

    public List<ModerationLog.Entry> log(int limit, long beforeId) {
        return log.recent(limit, beforeId);
    }

    private static String reason(@Nullable String reason) {
        return reason == null ? "" : reason.strip();
    }
}
