package london.patchwork.server.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTest {

    @Test
    void aPatternUnderAnOriginEscapesItsWildcardsAndEndsAtTheOriginsSlash() {
        assertThat(Sql.under("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080/%");
        assertThat(Sql.under("https://my_hub.example")).isEqualTo("https://my\\_hub.example/%");
        assertThat(Sql.under("https://100%.example\\x")).isEqualTo("https://100\\%.example\\\\x/%");
    }
}
