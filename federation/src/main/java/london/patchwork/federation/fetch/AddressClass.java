package london.patchwork.federation.fetch;

/**
 * What kind of network an IP address belongs to, as far as the SSRF guard cares.
 * Only {@link #PUBLIC} is reachable in production; the development switch adds the classes
 * whose {@link #allowedInDevelopment()} is true.
 */
public enum AddressClass {
    /** Globally routable unicast. */
    PUBLIC(true),
    /** 127.0.0.0/8 and ::1. */
    LOOPBACK(true),
    /** RFC 1918 (10/8, 172.16/12, 192.168/16) and the deprecated IPv6 site-local fec0::/10. */
    PRIVATE(true),
    /** Carrier-grade NAT, 100.64.0.0/10, and local-use NAT64 64:ff9b:1::/48. */
    SHARED(true),
    /** IPv6 unique-local fc00::/7. */
    UNIQUE_LOCAL(true),
    /**
     * 169.254.0.0/16 and fe80::/10. Never allowed, not even for development: cloud metadata
     * services (169.254.169.254) live here and a hub never federates over it.
     */
    LINK_LOCAL(false),
    /** 224.0.0.0/4 and ff00::/8. */
    MULTICAST(false),
    /** 0.0.0.0/8 and ::, which Linux treats as "this host". */
    UNSPECIFIED(false),
    /** 255.255.255.255. */
    BROADCAST(false),
    /** Documentation, benchmarking, protocol-assignment, tunnelling and unallocated ranges. */
    RESERVED(false);

    private final boolean allowedInDevelopment;

    AddressClass(boolean allowedInDevelopment) {
        this.allowedInDevelopment = allowedInDevelopment;
    }

    /** Whether the development switch ({@link FetchPolicy#allowPrivateNetworks()}) lets this class through. */
    public boolean allowedInDevelopment() {
        return allowedInDevelopment;
    }

    /** Whether a request may connect to an address of this class under the given policy. */
    public boolean allowedBy(FetchPolicy policy) {
        return this == PUBLIC || (policy.allowPrivateNetworks() && allowedInDevelopment);
    }
}
