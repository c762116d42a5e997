package london.patchwork.federation.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses to connect to. The fetch client checks every address this
 * returns and then connects to one of those same addresses, so whatever the resolver answered is
 * what is used: no second lookup happens between the check and the connect.
 *
 * <p>Tests pass a resolver that maps made-up names to 127.0.0.1 (or to addresses that must be
 * refused); production uses {@link #system()}. The resolver is never asked about IP literals.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * Resolves an ASCII, lower-case host name.
     *
     * @param host the canonical host name (never an IP literal)
     * @return at least one address
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The operating system's resolver (through the JDK's cache). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
