package london.patchwork.web.apps;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The consent page: which app asks, for what, and where the member will be sent; the hidden fields carry the
 * app's request back unchanged, to be checked again when the member answers.
 *
 * @param appWebsite  the app's website, or null
 * @param memberHandle who is signed in and would be granting access
 * @param permissions each requested scope in plain words
 * @param destination where the answer goes: a host name, or null when the code is shown on the hub
 */
public record ConsentView(Site site, PageMeta meta, String formToken, String appName, String appWebsite,
                          String memberHandle, List<String> permissions, String destination,
                          Request request) {

    /** The app's request, as hidden fields. */
    public record Request(String clientId, String redirectUri, String scope, String state, String codeChallenge,
                          String codeChallengeMethod) {
    }
}
