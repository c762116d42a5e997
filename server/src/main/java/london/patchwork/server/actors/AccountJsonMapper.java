package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.moderation.Html;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Actors in the shape of Mastodon's Account entity, for API clients written for Mastodon. */
@Singleton
public class AccountJsonMapper {

    private final LocalActorUris actorUris;
    private final ProfileFields profileFields;

    public AccountJsonMapper(LocalActorUris actorUris, ProfileFields profileFields) {
        this.actorUris = actorUris;
        this.profileFields = profileFields;
    }

    public AccountJson toJson(Actor actor) {
        String url = actor.local() ? String.valueOf(actorUris.profilePage(actor)) : orEmpty(actor.url());
        String uri = actor.local() ? actorUris.id(actor).toString() : actor.uri();
        return new AccountJson(actor.id().toString(), actor.username(), acct(actor), orEmpty(actor.displayName()),
                url, uri, actor.local() ? Html.paragraphs(actor.summary()) : orEmpty(actor.summary()),
                orEmpty(actor.iconUrl()), actor.manuallyApprovesFollowers(),
                actor.actorType() == ActorType.Service || actor.actorType() == ActorType.Application,
                actor.actorType() == ActorType.Group, time(actor.createdAt()),
                profileFields.of(actor).stream()
                        .map(field -> new AccountJson.Field(field.name(), field.value(), null)).toList());
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
