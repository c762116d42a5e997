package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.DirectoryView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The member directory page, {@code /members}, filtered by community role ({@code ?role=adviser}). */
@Controller("/members")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class DirectoryController {

    private final MemberDirectory directory;
    private final Profiles profiles;
    private final LocalActorUris actorUris;
    private final SiteContext site;
    private final Uris uris;
    private final String domain;

    public DirectoryController(MemberDirectory directory, Profiles profiles, LocalActorUris actorUris,
                               SiteContext site, Uris uris, Instance instance) {
        this.directory = directory;
        this.profiles = profiles;
        this.actorUris = actorUris;
        this.site = site;
        this.uris = uris;
        this.domain = instance.authority();
    }

    @Get
    public HttpResponse<?> directory(@Nullable @QueryValue String role, @Nullable @QueryValue Integer offset) {
        int from = offset == null ? 0 : Math.max(0, offset);
        Optional<MemberDirectory.Listing> listing = directory.list(role, from, MemberDirectory.PAGE);
        if (listing.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such community role",
                    site.site().hubName() + " has no community role called \"" + role + "\".", "/members",
                    "See every member");
        }
        MemberDirectory.Listing found = listing.get();
        String base = found.role().map(r -> "/members?role=" + r.key() + "&").orElse("/members?");
        List<DirectoryView.Filter> filters = new ArrayList<>();
        filters.add(new DirectoryView.Filter("Everyone", "/members", found.role().isEmpty()));
        for (CommunityRole each : directory.communityRoles()) {
            filters.add(new DirectoryView.Filter(each.label(), "/members?role=" + each.key(),
                    found.role().map(r -> r.id().equals(each.id())).orElse(false)));
        }
        List<DirectoryView.Entry> entries = found.members().stream().map(this::entry).toList();
        String heading = found.role().map(CommunityRole::label).map(label -> "Members: " + label)
                .orElse("Members");
        String newer = from == 0 ? null : base + "offset=" + Math.max(0, from - MemberDirectory.PAGE);
        String older = found.more() ? base + "offset=" + (from + MemberDirectory.PAGE) : null;
        String canonical = uris.base().resolve(found.role().map(r -> "/members?role=" + r.key())
                .orElse("/members")).toString();
        DirectoryView view = new DirectoryView(site.site(), PageMeta.of(heading, "The members of "
                + site.site().hubName() + " who chose to be listed.", canonical), heading, filters, entries,
                newer, older);
        return HttpResponse.ok(Pages.render("members/directory", view)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private DirectoryView.Entry entry(Actor actor) {
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        List<String> roles = profiles.of(actor).communityRoles().stream().map(CommunityRole::label).toList();
        String summary = actor.summary() == null || actor.summary().isBlank() ? null : actor.summary();
        return new DirectoryView.Entry(name, "@" + actor.username() + "@" + domain,
                actorUris.profilePage(actor).toString(), roles, summary);
    }
}
