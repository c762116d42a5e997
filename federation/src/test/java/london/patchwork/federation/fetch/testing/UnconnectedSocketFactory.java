package london.patchwork.federation.fetch.testing;

import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * A socket factory that only makes unconnected sockets, as the fetch client uses it: the client
 * connects them itself to the addresses it checked. The connecting variants fail loudly, so a test
 * notices if anything ever asks a factory to connect to a host name.
 */
public abstract class UnconnectedSocketFactory extends SocketFactory {

    @Override
    public abstract Socket createSocket();

    @Override
    public final Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("the fetch client must connect to checked addresses only");
    }

    @Override
    public final Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("the fetch client must connect to checked addresses only");
    }

    @Override
    public final Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("unconnected sockets only");
    }

    @Override
    public final Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("unconnected sockets only");
    }
}
