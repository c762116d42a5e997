package london.patchwork.server.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The weavers' propose form: each end an asset (id or address) or an account, a type and a message. */
@Serdeable
public record IntroductionForm(@Nullable String type,
                               @Nullable @JsonProperty("subject_asset") String subjectAsset,
                               @Nullable @JsonProperty("subject_account") String subjectAccount,
                               @Nullable @JsonProperty("object_asset") String objectAsset,
                               @Nullable @JsonProperty("object_account") String objectAccount,
                               @Nullable String message,
                               @Nullable @JsonProperty("_form") String form) {

    IntroductionService.Proposal proposal() {
        return new IntroductionService.Proposal(type == null ? "" : type, end(subjectAsset, subjectAccount),
                end(objectAsset, objectAccount), message == null ? "" : message);
    }

    @Nullable
    private static ConnectionService.EndRef end(@Nullable String asset, @Nullable String account) {
        String named = blank(asset) ? null : asset.strip();
        String who = blank(account) ? null : account.strip();
        return named == null && who == null ? null : new ConnectionService.EndRef(named, who);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
