package london.patchwork.server.actors;

/** The ActivityStreams actor types Patchwork stores. */
public enum ActorType {
    Application, Group, Organization, Person, Service;

    /** The type a peer declared, or Person for anything unexpected: every actor can at least be followed. */
    public static ActorType from(String type) {
        for (ActorType known : values()) {
            if (known.name().equals(type)) {
                return known;
            }
        }
        return Person;
    }
}
