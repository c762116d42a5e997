package london.patchwork.server.events;

/** How people join: freely, with an organiser's approval (Mobilizon's restricted), or through a link elsewhere. */
public enum JoinMode {
    FREE, RESTRICTED, EXTERNAL
}
