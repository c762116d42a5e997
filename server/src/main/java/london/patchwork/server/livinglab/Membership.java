package london.patchwork.server.livinglab;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a planned member real on their hub the way a person joins: the organiser token issues an invitation with
 * the role, the invitation's form is filled in, and the member signs in. What comes back is a client holding their
 * session, through which every later step of theirs is taken.
 */
final class Membership {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    private Membership() {
    }

    static HubClient join(HubClient organiser, Plan.PlannedMember member, String password) {
        String role = switch (member.role()) {
            case ORGANISER -> "organiser";
            case WEAVER -> "moderator";
            case MEMBER -> "member";
        };
        HubClient.Answer invited = organiser.send("POST", "/api/admin/invitations",
                "{\"role\":\"" + role + "\",\"note\":\"Living Lab\"}");
        if (invited.status() != 201) {
            throw new IllegalStateException("inviting " + member.handle() + ": " + invited.status() + " "
                    + invited.abbreviated());
        }
        String link = organiser.baseUrl() + URI.create(invited.json().path("url").asText()).getRawPath();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("handle", member.handle());
        fields.put("displayName", member.displayName());
        fields.put("email", member.handle() + "." + member.hub() + "@lab.invalid");
        fields.put("password", password);
        HubClient.Answer joined = postForm(organiser.baseUrl(), link, fields);
        if (joined.status() != 201) {
            throw new IllegalStateException("joining as " + member.handle() + ": " + joined.status() + " "
                    + joined.abbreviated());
        }
        return signIn(organiser.baseUrl(), member.handle(), password);
    }

    static HubClient signIn(String baseUrl, String handle, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifier", handle);
        fields.put("password", password);
        HubClient.Answer signedIn = postForm(baseUrl, baseUrl + "/sign-in", fields);
        String session = signedIn.cookie("patchwork_session").orElseThrow(() -> new IllegalStateException(
                "signing in as " + handle + ": " + signedIn.status() + " " + signedIn.abbreviated()));
        return HubClient.session(baseUrl, session);
    }

    /** Every form takes the form token the sign-in page hands out, echoed as a cookie (double submit). */
    private static HubClient.Answer postForm(String baseUrl, String url, Map<String, String> fields) {
        HubClient.Answer page = HubClient.page(baseUrl + "/sign-in");
        Matcher matcher = FORM_TOKEN.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no form token on " + baseUrl + "/sign-in (" + page.status() + ")");
        }
        String token = matcher.group(1);
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_form", token);
        String body = withToken.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HubClient.form(url, body, "patchwork_form=" + token);
    }
}
