package london.patchwork.server.connections;

import london.patchwork.server.testing.TestMembers;

import java.util.ArrayList;
import java.util.List;

/**
 * Two cliques of four assets joined by one bridge (Hackney Food Bank — Lambeth Larder), and Ada a member of one of
 * them: the network whose brokers, bridge and cut-points are known by hand.
 */
final class NetworkFixture {

    static final List<String> HACKNEY = List.of("Hackney Food Bank", "Clapton Library", "Dalston Garden",
            "Homerton Choir");
    static final List<String> LAMBETH = List.of("Lambeth Larder", "Brixton Library", "Stockwell Garden",
            "Kennington Choir");

    final List<String> hackney = new ArrayList<>();
    final List<String> lambeth = new ArrayList<>();

    static NetworkFixture build(TestMembers.SignedIn member) {
        NetworkFixture fixture = new NetworkFixture();
        for (String name : HACKNEY) {
            fixture.hackney.add(asset(member, name));
        }
        for (String name : LAMBETH) {
            fixture.lambeth.add(asset(member, name));
        }
        for (List<String> clique : List.of(fixture.hackney, fixture.lambeth)) {
            for (int i = 0; i < clique.size(); i++) {
                for (int j = 0; j < i; j++) {
                    tie(member, "partners-with", clique.get(j), clique.get(i));
                }
            }
        }
        tie(member, "funds", fixture.hackney.getFirst(), fixture.lambeth.getFirst());
        member.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "member-of", "subject": {"account": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(TestMembers.ADA.handle(), fixture.hackney.get(1)));
        return fixture;
    }

    static String asset(TestMembers.SignedIn member, String name) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "organisation", "category": "associations", "name": "%s"}""".formatted(name))
                .get("id").asText();
    }

    static String tie(TestMembers.SignedIn member, String type, String subject, String object) {
        return member.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "%s", "subject": {"asset": "%s"}, "object": {"asset": "%s"}, "note": "since 2024, weekly"}"""
                .formatted(type, subject, object)).get("id").asText();
    }
}
