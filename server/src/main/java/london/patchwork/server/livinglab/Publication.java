package london.patchwork.server.livinglab;

/**
 * Something a step put on a hub, as the lab needs to find it again: its key in the plan, the hub it lives on, its
 * id in that hub's API, its ActivityPub id, and who wrote it (the actor a reply mentions and is sent to).
 */
record Publication(String key, String kind, int hub, String localId, String apId, String author, String name,
                   double latitude, double longitude) {
}
