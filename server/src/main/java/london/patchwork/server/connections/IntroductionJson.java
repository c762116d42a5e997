package london.patchwork.server.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The introductions API's shapes, in snake_case as the rest of the hub's API. */
final class IntroductionJson {

    private IntroductionJson() {
    }

    /** A weaver's proposal: two ends named as for a connection, a tie type, and a message for both ends. */
    @Serdeable
    record Propose(@Nullable String type, @Nullable ConnectionJson.EndWrite subject,
                   @Nullable ConnectionJson.EndWrite object, @Nullable String message) {

        IntroductionService.Proposal proposal() {
            return new IntroductionService.Proposal(type == null ? "" : type,
                    subject == null ? null : subject.ref(), object == null ? null : object.ref(),
                    message == null ? "" : message);
        }
    }

    /** One end with its answer. */
    @Serdeable
    record End(String id, String name, String kind, @Nullable String url, boolean local, String answer,
               @JsonProperty("answered_at") @Nullable Instant answeredAt) {
    }

    @Serdeable
    record Introduction(String id, String direction, String status, String type,
                        @JsonProperty("type_name") String typeName, End subject, End object, String message,
                        @Nullable String connection, @JsonProperty("awaiting_you") List<String> awaitingYou,
                        @JsonProperty("created_at") Instant createdAt, @JsonProperty("updated_at") Instant updatedAt) {

        static Introduction of(IntroductionService.Described described, String connectionsBase) {
            london.patchwork.server.connections.Introduction row = described.introduction();
            return new Introduction(Long.toString(row.id()), row.direction(), row.status(), row.type(),
                    described.typeName(), end(described.subject(), row.subjectAnswer(), row.subjectAnsweredAt()),
                    end(described.object(), row.objectAnswer(), row.objectAnsweredAt()), row.message(),
                    row.tieId() == null ? null : connectionsBase + row.tieId(),
                    described.answerable().stream().map(side -> side.name().toLowerCase(java.util.Locale.ROOT))
                            .toList(), row.createdAt(), row.updatedAt());
        }

        private static End end(ConnectionService.EndView view, String answer, @Nullable Instant at) {
            return new End(view.key(), view.name(), view.kind(), view.url(), view.local(), answer, at);
        }
    }

    /** A suggested end, with what to send back to propose it: its asset id or its account's address. */
    @Serdeable
    record SuggestedEnd(String id, String name, String kind, @Nullable String asset, @Nullable String account) {
        static SuggestedEnd of(Network.Node node) {
            return new SuggestedEnd(node.key(), node.name(), node.kind(),
                    node.assetId() == null ? null : node.assetId().toString(),
                    node.assetId() == null ? node.key() : null);
        }
    }

    @Serdeable
    record Suggested(SuggestedEnd subject, SuggestedEnd object, double score, String reason, List<String> common,
                     @JsonProperty("across_clusters") boolean acrossClusters,
                     @JsonProperty("across_components") boolean acrossComponents) {
        static Suggested of(Suggestion suggestion) {
            return new Suggested(SuggestedEnd.of(suggestion.from()), SuggestedEnd.of(suggestion.to()),
                    Math.round(suggestion.score() * 1000) / 1000.0, suggestion.reason(), suggestion.common(),
                    suggestion.acrossClusters(), suggestion.acrossComponents());
        }
    }
}
