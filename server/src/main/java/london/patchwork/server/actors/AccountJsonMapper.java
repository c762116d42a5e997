package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.moderation.Html;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Actors in the shape of Mastodon's Account entity, for API clients written for Mastodon. */
@Singleton
public class AccountJsonMapper {

    private final LocalActorUris actorUris;
    private final ProfileFields profileFields;
    private final ActorRepository actors;

    public AccountJsonMapper(LocalActorUris actorUris, ProfileFields profileFields, ActorRepository actors) {
        this.actorUris = actorUris;
        this.profileFields = profileFields;
        this.actors = actors;
    }

    public AccountJson toJson(Actor actor) {
        String url = actor.local() ? String.valueOf(actorUris.profilePage(actor)) : orEmpty(actor.url());
        String uri = actor.local() ? actorUris.id(actor).toString() : actor.uri();
        AccountCounts counts = actor.local() ? actors.countsOf(actor.id()) : AccountCounts.NONE;
        String avatar = orEmpty(actor.iconUrl());
        // Mastodon's date of the last post is a day, not an instant.
        String lastStatus = counts.lastStatusAt() == null ? null
                : counts.lastStatusAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        return new AccountJson(actor.id().toString(), actor.username(), acct(actor), orEmpty(actor.displayName()),
                url, uri, actor.local() ? Html.paragraphs(actor.summary()) : orEmpty(actor.summary()),
                avatar, actor.manuallyApprovesFollowers(),
                actor.actorType() == ActorType.Service || actor.actorType() == ActorType.Application,
                actor.actorType() == ActorType.Group, time(actor.createdAt()),
                profileFields.of(actor).stream()
                        .map(field -> new AccountJson.Field(field.name(), field.value(), null)).toList(),
                avatar, "", "", List.of(), actor.discoverable(), counts.followers(), counts.following(),
                counts.statuses(), lastStatus);
    }

    /** {@code name} for local actors, {@code name@host} for remote ones, as Mastodon's {@code acct}. */
    public static String acct(Actor actor) {
        return actor.local() ? actor.username() : actor.username() + "@" + actor.host();
    }

    @Nullable
    public static String time(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
