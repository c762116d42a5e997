package london.patchwork.web.aggregation;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' page of the relays this instance joined.
 *
 * @param address what was typed in the join form, kept when it was refused
 * @param error   why the join was refused, shown beside the field, or null
 * @param notice  what was done, or null
 * @param offered the relay this instance offers (its actor), or null when it offers none
 */
public record RelaysView(Site site, PageMeta meta, String formToken, String address, String error, String notice,
                         String offered, List<Relay> relays) {

    /** A joined relay. */
    public record Relay(long id, String actor, String inbox, String state) {
    }

    public String invalid() {
        return error != null ? "true" : "false";
    }
}
