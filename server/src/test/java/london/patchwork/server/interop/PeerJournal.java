package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.List;

/**
 * What the Fedify peer saw, in arrival order (its {@code GET /control/inbox}).
 *
 * @param activities    activities whose HTTP signature Fedify verified, with the verified sender as {@code actor}
 * @param inboxRequests every POST that reached one of the peer's inboxes, with the status Fedify answered
 * @param sent          every signed request the peer sent, with the scheme it used and the status it got
 *                      (0 when no answer came)
 */
public record PeerJournal(List<Activity> activities, List<InboxRequest> inboxRequests, List<SentRequest> sent) {

    /**
     * One verified activity.
     *
     * @param type       the Fedify vocabulary class name: {@code Accept}, {@code Create}, ...
     * @param actor      the sender, whose key signed the request (Fedify checks the key's owner is the actor)
     * @param recipient  the local actor whose inbox it came to, or null for the shared inbox
     * @param object     the activity's object id
     * @param objectType the embedded object's class name, when the object was embedded
     * @param inReplyTo  the embedded object's {@code inReplyTo}
     * @param content    the embedded object's {@code content}
     * @param json       the activity as Fedify parsed it, compacted again
     */
    public record Activity(int seq, String type, URI id, URI actor, String recipient, URI object,
                           String objectType, URI inReplyTo, String content, JsonNode json) {
    }

    /** One POST to an inbox, verified or not. */
    public record InboxRequest(int seq, String path, HttpSignatureScheme scheme, URI keyId, int status) {
    }

    /** One signed request the peer sent: a delivery (POST) or an authorised fetch (GET). */
    public record SentRequest(int seq, String method, URI url, HttpSignatureScheme scheme, URI keyId, int status) {
    }

    public PeerJournal {
        activities = List.copyOf(activities);
        inboxRequests = List.copyOf(inboxRequests);
        sent = List.copyOf(sent);
    }

    /** Verified activities of one type, in arrival order. */
    public List<Activity> activities(String type) {
        return activities.stream().filter(activity -> activity.type().equals(type)).toList();
    }

    /** The POSTs the peer sent to one inbox, in order. */
    public List<SentRequest> deliveriesTo(URI inbox) {
        return sent.stream().filter(request -> request.method().equals("POST") && request.url().equals(inbox))
                .toList();
    }
}
