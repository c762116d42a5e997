package london.patchwork.server.follows;

/** Whether a follow has been accepted yet. Lower case, as stored. */
public enum FollowState {
    pending, accepted
}
