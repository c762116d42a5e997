package london.patchwork.web.moderation;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * Blocked and silenced domains and accounts, the form to add one, and a button to lift each.
 *
 * @param domain   what was typed as the domain (kept when the form came back with an error)
 * @param severity silence or suspend, as chosen
 * @param why      what was typed as the reason
 * @param account  what was typed as the account, in the account form
 * @param accountWhy what was typed as the reason, in the account form
 * @param errors   field name to the error shown beside it
 * @param notice   what the last action did, or null
 */
public record BlocksView(Site site, PageMeta meta, String formToken, List<Block> domains, List<Block> accounts,
                         String domain, String severity, String why, String account, String accountWhy,
                         Map<String, String> errors, String notice) {

    /** One block: a domain or an account. */
    public record Block(String name, String severity, String since, String reason, String liftAction,
                        String liftValue) {
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : "false";
    }
}
