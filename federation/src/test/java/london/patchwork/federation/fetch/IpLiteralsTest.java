package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "::, ::",
            "::1, ::1",
            "0:0:0:0:0:0:0:1, ::1",
            "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
            "::ffff:127.0.0.1, ::ffff:7f00:1",
            "fe80::, fe80::",
            "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
            "1:0:3:4:5:6:7:8, 1:0:3:4:5:6:7:8"
    })
    void parsesAndFormatsIpv6Canonically(String text, String canonical) {
        assertThat(IpLiterals.parseV6(text).map(IpLiterals::formatV6)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "1.2.3.4::",
            "::1%eth0", "1:2:3:4:5:6:7", "::256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4"})
    void rejectsMalformedIpv6(String text) {
        assertThat(IpLiterals.parseV6(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.1", "0x7f.0.0.1", "010.0.0.1", "256.0.0.1", "1.2.3", "1.2.3.4.5", "1..2.3", "", "1.2.3.-4"})
    void rejectsAmbiguousOrMalformedIpv4(String text) {
        assertThat(IpLiterals.parseV4(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "255.255.255.255", "10.20.30.40"})
    void acceptsDottedQuads(String text) {
        assertThat(IpLiterals.parseV4(text)).isPresent();
    }
}
