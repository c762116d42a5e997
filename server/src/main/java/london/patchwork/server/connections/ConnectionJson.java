package london.patchwork.server.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The connections API's shapes, in snake_case as the rest of the hub's API. */
final class ConnectionJson {

    private ConnectionJson() {
    }

    /** An end as a client names it: {@code {"asset": "12"}} or {@code {"account": "@ada@hackney.example"}}. */
    @Serdeable
    record EndWrite(@Nullable String asset, @Nullable String account) {
        ConnectionService.EndRef ref() {
            return new ConnectionService.EndRef(asset, account);
        }
    }

    /** What a client sends; on PATCH an absent field keeps its value. */
    @Serdeable
    record Write(@Nullable String type, @Nullable EndWrite subject, @Nullable EndWrite object,
                 @Nullable Boolean mutual, @Nullable Integer strength, @Nullable String note) {

        TieInput over(@Nullable TieInput base) {
            return new TieInput(type != null ? type : base == null ? "" : base.type(),
                    subject != null ? subject.ref() : base == null ? null : base.subject(),
                    object != null ? object.ref() : base == null ? null : base.object(),
                    mutual != null ? mutual : base == null ? null : base.mutual(),
                    strength != null ? strength : base == null ? TieInput.DEFAULT_STRENGTH : base.strength(),
                    note != null ? note : base == null ? "" : base.note());
        }
    }

    @Serdeable
    record End(String id, String name, String kind, @Nullable String category, @Nullable String url, boolean local) {
        static End of(ConnectionService.EndView view) {
            return new End(view.key(), view.name(), view.kind(), view.category(), view.url(), view.local());
        }
    }

    @Serdeable
    record Connection(String id, String url, String type, @JsonProperty("type_name") String typeName, End subject,
                      End object, boolean mutual, int strength, String note, boolean local, @Nullable String uri,
                      @JsonProperty("created_at") Instant createdAt, @JsonProperty("updated_at") Instant updatedAt) {
    }

    @Serdeable
    record Type(String slug, String name, boolean mutual, @JsonProperty("built_in") boolean builtIn) {
        static Type of(TieType type) {
            return new Type(type.slug(), type.name(), type.mutual(), type.builtIn());
        }
    }

    @Serdeable
    record TypeWrite(@Nullable String slug, @Nullable String name, @Nullable Boolean mutual) {
    }
}
