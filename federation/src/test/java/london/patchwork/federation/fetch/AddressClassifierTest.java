package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0.0.0.0, UNSPECIFIED",
            "0.1.2.3, UNSPECIFIED",
            "10.0.0.1, PRIVATE",
            "10.255.255.255, PRIVATE",
            "100.63.255.255, PUBLIC",
            "100.64.0.1, SHARED",
            "100.127.255.254, SHARED",
            "100.128.0.1, PUBLIC",
            "127.0.0.1, LOOPBACK",
            "127.255.0.9, LOOPBACK",
            "169.254.169.254, LINK_LOCAL",
            "172.15.255.255, PUBLIC",
            "172.16.0.1, PRIVATE",
            "172.31.255.255, PRIVATE",
            "172.32.0.0, PUBLIC",
            "192.0.0.8, RESERVED",
            "192.0.2.10, RESERVED",
            "192.88.99.1, RESERVED",
            "192.168.1.1, PRIVATE",
            "198.18.0.1, RESERVED",
            "198.19.255.255, RESERVED",
            "198.51.100.7, RESERVED",
            "203.0.113.9, RESERVED",
            "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST",
            "240.0.0.1, RESERVED",
            "255.255.255.255, BROADCAST",
            "8.8.8.8, PUBLIC",
            "93.184.216.34, PUBLIC",
            "::, UNSPECIFIED",
            "::1, LOOPBACK",
            "::ffff:127.0.0.1, LOOPBACK",
            "::ffff:10.1.2.3, PRIVATE",
            "::ffff:169.254.169.254, LINK_LOCAL",
            "::ffff:8.8.8.8, PUBLIC",
            "::127.0.0.1, LOOPBACK",
            "::10.0.0.1, PRIVATE",
            "::ffff:0:127.0.0.1, LOOPBACK",
            "64:ff9b::7f00:1, LOOPBACK",
            "64:ff9b::808:808, PUBLIC",
            "64:ff9b:1::1, SHARED",
            "100::1, RESERVED",
            "2001::1, RESERVED",
            "2001:db8::1, RESERVED",
            "2001:10::1, RESERVED",
            "2002:7f00:1::1, LOOPBACK",
            "2002:c0a8:101::1, PRIVATE",
            "2002:808:808::1, PUBLIC",
            "2606:4700:4700::1111, PUBLIC",
            "2a01:4f8::1, PUBLIC",
            "3fff::1, RESERVED",
            "fc00::1, UNIQUE_LOCAL",
            "fd12:3456::1, UNIQUE_LOCAL",
            "fe80::1, LINK_LOCAL",
            "febf::1, LINK_LOCAL",
            "fec0::1, PRIVATE",
            "ff02::1, MULTICAST",
            "4000::1, RESERVED",
            "1::1, RESERVED"
    })
    void classifiesAddresses(String literal, AddressClass expected) throws UnknownHostException {
        byte[] bytes = (literal.contains(":") ? IpLiterals.parseV6(literal) : IpLiterals.parseV4(literal)).orElseThrow();
        assertThat(AddressClassifier.classify(InetAddress.getByAddress(bytes))).isEqualTo(expected);
    }

    @Test
    void ipv4MappedFormIsJudgedByItsIpv4EvenWhenKeptAsAnInet6Address() throws UnknownHostException {
        byte[] mapped = IpLiterals.parseV6("::ffff:127.0.0.1").orElseThrow();
        InetAddress kept = Inet6Address.getByAddress(null, mapped, null);

        assertThat(kept).isInstanceOf(Inet6Address.class);
        assertThat(AddressClassifier.classify(kept)).isEqualTo(AddressClass.LOOPBACK);
    }

    @Test
    void developmentSwitchOpensPrivateRangesButNeverLinkLocalOrMulticast() {
        FetchPolicy development = FetchPolicy.development("test");
        FetchPolicy production = FetchPolicy.defaults("test");

        assertThat(AddressClass.LOOPBACK.allowedBy(development)).isTrue();
        assertThat(AddressClass.PRIVATE.allowedBy(development)).isTrue();
        assertThat(AddressClass.UNIQUE_LOCAL.allowedBy(development)).isTrue();
        assertThat(AddressClass.LINK_LOCAL.allowedBy(development)).isFalse();
        assertThat(AddressClass.MULTICAST.allowedBy(development)).isFalse();
        assertThat(AddressClass.UNSPECIFIED.allowedBy(development)).isFalse();
        assertThat(AddressClass.LOOPBACK.allowedBy(production)).isFalse();
        assertThat(AddressClass.PUBLIC.allowedBy(production)).isTrue();
    }
}
