package london.patchwork.server.members;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityRolesTest {

    @Test
    void aLabelBecomesAKeyForLinks() {
        assertThat(CommunityRoles.keyFor("Youth worker")).isEqualTo("youth-worker");
        assertThat(CommunityRoles.keyFor("  Café  owner!! ")).isEqualTo("cafe-owner");
        assertThat(CommunityRoles.keyFor("ESOL / English learner")).isEqualTo("esol-english-learner");
        assertThat(CommunityRoles.keyFor("???")).isEmpty();
        assertThat(CommunityRoles.keyFor("a".repeat(60))).hasSize(40);
    }

    @Test
    void aWebAddressInAProfileFieldBecomesALinkAndAnythingElseIsEscaped() {
        assertThat(MemberProfileFields.valueHtml("https://example.org/about"))
                .isEqualTo("<a href=\"https://example.org/about\" rel=\"me nofollow noopener noreferrer\" "
                        + "target=\"_blank\">example.org/about</a>");
        assertThat(MemberProfileFields.valueHtml("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        assertThat(MemberProfileFields.valueHtml("https://x.org/\"><script>")).doesNotContain("<script>");
        assertThat(MemberProfileFields.valueHtml("<b>hi</b>")).isEqualTo("&lt;b&gt;hi&lt;/b&gt;");
    }
}
