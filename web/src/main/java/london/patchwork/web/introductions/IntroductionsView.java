package london.patchwork.web.introductions;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The introductions pages: a member's (what waits for their answer) and the weavers' (suggested pairs with their
 * reason and a propose form, and every introduction with its state).
 */
public record IntroductionsView(Site site, PageMeta meta, String formToken, List<Row> introductions,
                                List<Suggested> suggestions, List<Option> types, String notice, String error) {

    /**
     * An introduction: its ends, the type of tie proposed, the weaver's message, and each end's answer.
     *
     * @param answerable whether the viewer has an answer to give
     */
    public record Row(String id, String subject, String subjectUrl, String subjectAnswer, String object,
                      String objectUrl, String objectAnswer, String type, String message, String status,
                      boolean answerable) {
    }

    /** A suggested pair: each end named as the propose form sends it (an asset's id, or an account's address). */
    public record Suggested(String subject, String subjectAsset, String subjectAccount, String object,
                            String objectAsset, String objectAccount, String reason) {
    }

    public record Option(String value, String label) {
    }
}
