package london.patchwork.server.instance;

/** How many actors this hub holds, for NodeInfo and the organiser's status; the actors package provides it. */
public interface ActorCounts {

    /** Local actors that publish (the hub's Group, members): NodeInfo's total users. */
    long localPublishers();

    long local();

    long remote();
}
