package london.patchwork.federation.webfinger;

import java.net.URI;

/**
 * What a WebFinger lookup established.
 *
 * @param requested the handle that was looked up
 * @param account   the account's canonical handle, from the JRD's subject (may differ from the
 *                  requested one when a server serves its accounts under another domain; it was
 *                  then confirmed at that domain)
 * @param actor     the ActivityPub actor URL from the {@code self} link
 * @param jrd       the whole document, for aliases, the profile page and the remote-follow template
 */
public record WebFingerResult(Acct requested, Acct account, URI actor, Jrd jrd) {
}
