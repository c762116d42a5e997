package london.patchwork.server.actors;

/** The ActivityStreams actor types Patchwork stores. */
public enum ActorType {
    Application, Group, Organization, Person, Service
}
