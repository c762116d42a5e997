package london.patchwork.server.members;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in goes on only to a path of this hub. */
class SignInNextTest {

    @Test
    void onlyLocalPathsAreFollowed() {
        assertThat(SignInController.localPath("/oauth/authorize?client_id=a&scope=read")).isPresent();
        assertThat(SignInController.localPath("/account/apps")).isPresent();
        for (String elsewhere : new String[]{"//evil.example/", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "evil.example", "/x\r\nLocation: https://evil.example", "", null}) {
            assertThat(SignInController.localPath(elsewhere)).as(String.valueOf(elsewhere)).isEmpty();
        }
    }
}
