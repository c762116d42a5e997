package london.patchwork.server.actors;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A local actor's private signing key, stored apart from the actor.
 *
 * @param actorId       the local actor's id
 * @param privateKeyPem PKCS#8 PEM; never served, never logged
 */
@MappedEntity("actor_keys")
public record ActorKey(@Id Long actorId, String privateKeyPem) {

    @Override
    public String toString() {
        return "ActorKey[actorId=" + actorId + ", privateKeyPem=<redacted>]";
    }
}
