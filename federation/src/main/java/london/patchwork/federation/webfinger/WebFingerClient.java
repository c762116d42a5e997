package london.patchwork.federation.webfinger;

import java.net.URI;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;

/**
 * Looks accounts up with WebFinger through the {@link FetchClient}, so every lookup gets the SSRF
 * guard, the limits and redirect checks.
 *
 * <p>When the JRD's subject names another account than the one asked for (a server whose accounts
 * live under a different domain than the one queried), the subject is looked up once more at its own
 * domain, and only a JRD there that names itself and the same actor is believed. Otherwise any host
 * could claim {@code acct:someone@other.example}.
 */
public final class WebFingerClient {

    private final FetchClient fetch;
    private final String scheme;

    private WebFingerClient(FetchClient fetch, String scheme) {
        this.fetch = fetch;
        this.scheme = scheme;
    }

    /** Queries over https, as production servers must. */
    public static WebFingerClient overHttps(FetchClient fetch) {
        return new WebFingerClient(fetch, "https");
    }

    /**
     * Queries over plain http, for hubs run on one machine in development; the fetch client's
     * policy must allow plain http too.
     */
    public static WebFingerClient overPlainHttp(FetchClient fetch) {
        return new WebFingerClient(fetch, "http");
    }

    /**
     * Fetches the JRD for a handle from its domain.
     *
     * @throws FetchException the fetch failed, or {@link FetchException.InvalidDocument} when the
     *                        answer is not a JRD
     */
    public Jrd lookup(Acct acct) throws FetchException {
        return fetch.getDocument(acct.webFingerUrl(scheme), DocumentKind.WEBFINGER, Jrd::parse);
    }

    /**
     * Resolves a handle to its ActivityPub actor.
     *
     * @throws FetchException the fetch failed, or {@link FetchException.InvalidDocument} when the
     *                        JRD has no ActivityPub {@code self} link, its subject is not an account, or
     *                        a different subject was not confirmed by its own domain
     */
    public WebFingerResult resolve(Acct acct) throws FetchException {
        Jrd jrd = lookup(acct);
        URI url = acct.webFingerUrl(scheme);
        Acct subject = jrd.subjectAcct().orElseThrow(() ->
                new FetchException.InvalidDocument(url, "subject is not an acct: URI", null));
        URI actor = jrd.activityPubActor().orElseThrow(() ->
                new FetchException.InvalidDocument(url, "no ActivityPub self link", null));
        if (!subject.sameAccount(acct)) {
            Jrd confirmation = lookup(subject);
            boolean confirmed = confirmation.subjectAcct().map(subject::sameAccount).orElse(false)
                    && confirmation.activityPubActor().map(actor::equals).orElse(false);
            if (!confirmed) {
                throw new FetchException.InvalidDocument(url, subject + " was not confirmed by its own domain", null);
            }
        }
        return new WebFingerResult(acct, subject, actor, jrd);
    }
}
