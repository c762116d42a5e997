package london.patchwork.server.actors;

import jakarta.inject.Singleton;

import java.util.List;

/** Every profile field of a local actor, gathered from the capabilities that supply them. */
@Singleton
public class ProfileFields {

    private final List<ProfileFieldSource> sources;

    public ProfileFields(List<ProfileFieldSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<ProfileField> of(Actor actor) {
        if (!actor.local()) {
            return List.of();
        }
        return sources.stream().flatMap(source -> source.fieldsOf(actor).stream()).toList();
    }
}
