package london.patchwork.federation.fetch;

import java.net.InetAddress;

/**
 * Classifies IP addresses for the SSRF guard.
 *
 * <p>IPv6 is handled as an allow-list: only 2000::/3 (global unicast) can be public, so a range
 * nobody thought of is refused rather than let through. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, SIIT-translated, NAT64 and 6to4) are judged by the IPv4 address
 * inside them, because the kernel or a translator may deliver them to that IPv4 address.
 */
public final class AddressClassifier {

    private AddressClassifier() {
    }

    /** The class of an address, judged by its bytes alone (no lookup). */
    public static AddressClass classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? classifyV4(bytes, 0) : classifyV6(bytes);
    }

    private static AddressClass classifyV4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
        int a3 = b[at + 3] & 0xff;
        if (a0 == 0) {
            return AddressClass.UNSPECIFIED;
        }
        if (a0 == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return AddressClass.SHARED;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255) {
            return AddressClass.BROADCAST;
        }
        if (a0 >= 224 && a0 <= 239) {
            return AddressClass.MULTICAST;
        }
        if (a0 >= 240 || isReservedV4(a0, a1, a2)) {
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    private static boolean isReservedV4(int a0, int a1, int a2) {
        return (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))   // protocol assignments, TEST-NET-1
                || (a0 == 192 && a1 == 88 && a2 == 99)          // deprecated 6to4 relay anycast
                || (a0 == 198 && (a1 == 18 || a1 == 19))        // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100)         // TEST-NET-2
                || (a0 == 203 && a1 == 0 && a2 == 113);         // TEST-NET-3
    }

    private static AddressClass classifyV6(byte[] b) {
        if (allZero(b, 0, 10)) {
            int w5 = word(b, 10);
            if (w5 == 0xffff) {
                return classifyV4(b, 12);                     // ::ffff:a.b.c.d, IPv4-mapped
            }
            if (w5 == 0) {
                return embeddedInCompatible(b);               // ::, ::1, ::a.b.c.d
            }
            return AddressClass.RESERVED;
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (w0 == 0 && allZero(b, 2, 6) && word(b, 8) == 0xffff && word(b, 10) == 0) {
            return classifyV4(b, 12);                         // ::ffff:0:a.b.c.d, SIIT
        }
        if (w0 == 0x0064 && w1 == 0xff9b) {
            if (word(b, 4) == 1) {
                return AddressClass.SHARED;                   // 64:ff9b:1::/48, local-use NAT64
            }
            return allZero(b, 4, 12) ? classifyV4(b, 12) : AddressClass.RESERVED;  // 64:ff9b::/96
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return AddressClass.UNIQUE_LOCAL;
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return AddressClass.LINK_LOCAL;
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return AddressClass.PRIVATE;
        }
        if ((w0 & 0xff00) == 0xff00) {
            return AddressClass.MULTICAST;
        }
        if (w0 == 0x2002) {
            return classifyV4(b, 2);                          // 6to4 carries its IPv4 in bytes 2..5
        }
        return classifyGlobalUnicast(w0, w1);
    }

    private static AddressClass embeddedInCompatible(byte[] b) {
        if (allZero(b, 12, 15)) {
            int last = b[15] & 0xff;
            if (last == 0) {
                return AddressClass.UNSPECIFIED;
            }
            if (last == 1) {
                return AddressClass.LOOPBACK;
            }
        }
        return classifyV4(b, 12);
    }

    private static AddressClass classifyGlobalUnicast(int w0, int w1) {
        if ((w0 & 0xe000) != 0x2000) {
            return AddressClass.RESERVED;                     // outside 2000::/3: not allocated for unicast
        }
        if (w0 == 0x2001 && w1 < 0x0200) {
            return AddressClass.RESERVED;                     // 2001::/23: Teredo, ORCHID, benchmarking
        }
        if ((w0 == 0x2001 && w1 == 0x0db8) || (w0 & 0xfff0) == 0x3ff0) {
            return AddressClass.RESERVED;                     // documentation: 2001:db8::/32, 3fff::/20
        }
        return AddressClass.PUBLIC;
    }

    private static int word(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int toExclusive) {
        for (int i = from; i < toExclusive; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
