package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A proposed tie waiting for both ends' consent. {@code proposed}: a weaver here proposed it, and the tie is recorded
 * here once both ends accept. {@code offered}: a peer hub's {@code Offer} to one of our ends, answered from here; the
 * peer records the tie. An answer is {@code pending}, {@code accepted}, {@code declined}, or {@code none} for an end
 * a peer's Offer did not ask us about.
 *
 * @param type     a tie type's slug
 * @param offerUri a peer's Offer received
 */
@MappedEntity("introductions")
public record Introduction(
        @Id @GeneratedValue @Nullable Long id,
        String direction,
        String type,
        String subjectKey,
        @Nullable Long subjectAssetId,
        @Nullable Long subjectActorId,
        String objectKey,
        @Nullable Long objectAssetId,
        @Nullable Long objectActorId,
        String message,
        long proposedBy,
        String subjectAnswer,
        @Nullable Instant subjectAnsweredAt,
        @Nullable Long subjectAnsweredBy,
        String objectAnswer,
        @Nullable Instant objectAnsweredAt,
        @Nullable Long objectAnsweredBy,
        @Nullable String subjectOfferUri,
        @Nullable Long subjectOfferTo,
        @Nullable String objectOfferUri,
        @Nullable Long objectOfferTo,
        @Nullable String offerUri,
        String status,
        @Nullable Long tieId,
        Instant createdAt,
        Instant updatedAt) {

    public static final String PROPOSED = "proposed";
    public static final String OFFERED = "offered";
    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String NONE = "none";

    /** The two ends of an introduction. */
    public enum Side {
        SUBJECT, OBJECT
    }

    public ConnectionService.End end(Side side) {
        return side == Side.SUBJECT ? new ConnectionService.End(subjectAssetId, subjectActorId)
                : new ConnectionService.End(objectAssetId, objectActorId);
    }

    public String key(Side side) {
        return side == Side.SUBJECT ? subjectKey : objectKey;
    }

    public String answer(Side side) {
        return side == Side.SUBJECT ? subjectAnswer : objectAnswer;
    }

    @Nullable
    public String offerUri(Side side) {
        return side == Side.SUBJECT ? subjectOfferUri : objectOfferUri;
    }

    @Nullable
    public Long offerTo(Side side) {
        return side == Side.SUBJECT ? subjectOfferTo : objectOfferTo;
    }

    public boolean pending() {
        return PENDING.equals(status);
    }

    public boolean proposedHere() {
        return PROPOSED.equals(direction);
    }

    /** This side's answer given, and the whole introduction's status as the two answers now stand. */
    Introduction answered(Side side, boolean accepted, @Nullable Long by, Instant at) {
        String answer = accepted ? ACCEPTED : DECLINED;
        String subject = side == Side.SUBJECT ? answer : subjectAnswer;
        String object = side == Side.OBJECT ? answer : objectAnswer;
        String settled = DECLINED.equals(subject) || DECLINED.equals(object) ? DECLINED
                : done(subject) && done(object) ? ACCEPTED : PENDING;
        return new Introduction(id, direction, type, subjectKey, subjectAssetId, subjectActorId, objectKey,
                objectAssetId, objectActorId, message, proposedBy, subject,
                side == Side.SUBJECT ? at : subjectAnsweredAt, side == Side.SUBJECT ? by : subjectAnsweredBy, object,
                side == Side.OBJECT ? at : objectAnsweredAt, side == Side.OBJECT ? by : objectAnsweredBy,
                subjectOfferUri, subjectOfferTo, objectOfferUri, objectOfferTo, offerUri, settled, tieId, createdAt,
                at);
    }

    Introduction offered(Side side, String offer, Long to) {
        return new Introduction(id, direction, type, subjectKey, subjectAssetId, subjectActorId, objectKey,
                objectAssetId, objectActorId, message, proposedBy, subjectAnswer, subjectAnsweredAt,
                subjectAnsweredBy, objectAnswer, objectAnsweredAt, objectAnsweredBy,
                side == Side.SUBJECT ? offer : subjectOfferUri, side == Side.SUBJECT ? to : subjectOfferTo,
                side == Side.OBJECT ? offer : objectOfferUri, side == Side.OBJECT ? to : objectOfferTo, offerUri,
                status, tieId, createdAt, updatedAt);
    }

    Introduction tied(long tie) {
        return new Introduction(id, direction, type, subjectKey, subjectAssetId, subjectActorId, objectKey,
                objectAssetId, objectActorId, message, proposedBy, subjectAnswer, subjectAnsweredAt,
                subjectAnsweredBy, objectAnswer, objectAnsweredAt, objectAnsweredBy, subjectOfferUri, subjectOfferTo,
                objectOfferUri, objectOfferTo, offerUri, status, tie, createdAt, updatedAt);
    }

    private static boolean done(String answer) {
        return ACCEPTED.equals(answer) || NONE.equals(answer);
    }
}
