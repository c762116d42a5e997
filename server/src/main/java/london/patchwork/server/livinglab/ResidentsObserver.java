package london.patchwork.server.livinglab;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What the residents' instance tells the lab's ledger: every activity a hub delivered to it and every inbox POST it
 * made. Called on the instance's own threads, possibly several at once, so implementations must be thread-safe and
 * quick (they sit on the request path of the hubs' deliveries).
 */
public interface ResidentsObserver {

    /** An observer for runs that keep no ledger. */
    ResidentsObserver NONE = new ResidentsObserver() {
        @Override
        public void arrived(Instant at, URI signer, String inboxPath, String activityId, String type,
                            String objectId, List<Integer> residents) {
        }

        @Override
        public void sent(Instant at, String activityId, URI inbox, int status, int attempt) {
        }
    };

    /**
     * A validly signed activity was accepted (202) by an inbox of the instance. Called once per POST, so a hub that
     * delivers the same activity twice is seen twice.
     *
     * @param signer     the actor whose key signed the POST
     * @param inboxPath  {@code /inbox} or {@code /users/{name}/inbox}
     * @param activityId the activity's id
     * @param type       the activity's type ({@code Create}, {@code Announce}, {@code Accept}...)
     * @param objectId   the id of its object, embedded or bare; null when it has none
     * @param residents  the residents it reached: the owner of a personal inbox; for the shared inbox, the residents
     *                   following the signer plus any addressed directly; for an answer to a resident's Follow or
     *                   Join, that resident
     */
    void arrived(Instant at, URI signer, String inboxPath, String activityId, String type, String objectId,
                 List<Integer> residents);

    /**
     * One delivery attempt of a resident's activity finished.
     *
     * @param inbox   where it was POSTed; the target actor's id when its inbox could not be discovered
     * @param status  the HTTP status, or -1 for no connection, a timeout, or an actor document that could not be
     *                fetched
     * @param attempt 1 for the first attempt of this activity to this inbox
     */
    void sent(Instant at, String activityId, URI inbox, int status, int attempt);
}
