package london.patchwork.federation.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.SocketFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens a connection for a target: resolves the host once, refuses the whole host if any of its
 * addresses is not allowed, connects a socket to one of the very addresses it checked and, for
 * https, runs TLS over that socket with SNI and host-name verification against the URL's host.
 * Nothing here hands a host name to code that could look it up again.
 */
final class Connector {

    private final FetchPolicy policy;
    private final HostResolver resolver;
    private final SocketFactory sockets;
    private final SSLSocketFactory tls;

    Connector(FetchPolicy policy, HostResolver resolver, SocketFactory sockets, SSLSocketFactory tls) {
        this.policy = policy;
        this.resolver = resolver;
        this.sockets = sockets;
        this.tls = tls;
    }

    Socket open(FetchTarget target, Deadline deadline, Watchdog watchdog) throws FetchException {
        if (!target.isHttps() && !policy.allowPlainHttp()) {
            throw new FetchException.BadUrl(target.uri(), "plain http is not allowed (only in development mode)");
        }
        List<InetAddress> addresses = addressesOf(target, deadline);
        for (InetAddress address : addresses) {
            AddressClass addressClass = AddressClassifier.classify(address);
            if (!addressClass.allowedBy(policy)) {
                throw new FetchException.BlockedAddress(target.uri(), address, addressClass);
            }
        }
        Socket socket = connectToFirst(target, addresses, deadline, watchdog);
        return target.isHttps() ? startTls(target, socket, deadline) : socket;
    }

    private List<InetAddress> addressesOf(FetchTarget target, Deadline deadline) throws FetchException {
        String host = target.origin().host();
        var literal = HostNames.literalAddress(host);
        if (literal.isPresent()) {
            try {
                return List.of(InetAddress.getByAddress(literal.get()));
            } catch (UnknownHostException impossible) {
                throw new FetchException.BadUrl(target.uri(), "bad IP literal");
            }
        }
        // The system resolver cannot be interrupted, so it runs on a virtual thread that the deadline
        // can walk away from; a slow DNS server then costs a parked thread, not the caller's budget.
        CompletableFuture<List<InetAddress>> lookup = new CompletableFuture<>();
        Thread.ofVirtual().name("fetch-resolve").start(() -> {
            try {
                lookup.complete(List.copyOf(resolver.resolve(host)));
            } catch (Exception | LinkageError e) {
                lookup.completeExceptionally(e);
            }
        });
        try {
            List<InetAddress> found = lookup.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
            if (found.isEmpty()) {
                throw new FetchException.HostNotFound(target.uri(), null);
            }
            return found;
        } catch (TimeoutException e) {
            throw new FetchException.Timeout(target.uri(), deadline.total(), "resolving the host");
        } catch (ExecutionException e) {
            throw new FetchException.HostNotFound(target.uri(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException.ConnectionFailed(target.uri(), "interrupted", e);
        }
    }

    private Socket connectToFirst(FetchTarget target, List<InetAddress> addresses, Deadline deadline,
            Watchdog watchdog) throws FetchException {
        IOException last = null;
        for (InetAddress address : addresses) {
            int budget = (int) Math.min(policy.connectTimeout().toMillis(), deadline.remainingMillis());
            if (budget <= 0) {
                break;
            }
            Socket socket = null;
            try {
                socket = sockets.createSocket();
                watchdog.watch(socket);
                socket.connect(new InetSocketAddress(address, target.origin().port()), budget);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        // The deadline first: when it ends a connect, the watchdog's close shows up as a plain
        // SocketException (and the loop above as "no time left"), not as a connect timeout.
        if (deadline.expired()) {
            throw new FetchException.Timeout(target.uri(), deadline.total(), "connecting");
        }
        if (last instanceof SocketTimeoutException) {
            throw new FetchException.Timeout(target.uri(), policy.connectTimeout(), "connecting");
        }
        throw new FetchException.ConnectionFailed(target.uri(),
                "could not connect: " + (last == null ? "no address" : last.getMessage()), last);
    }

    private Socket startTls(FetchTarget target, Socket plain, Deadline deadline) throws FetchException {
        String host = target.origin().host();
        boolean literal = HostNames.literalAddress(host).isPresent();
        String peerHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            SSLSocket socket = (SSLSocket) tls.createSocket(plain, peerHost, target.origin().port(), true);
            SSLParameters parameters = socket.getSSLParameters();
            // "HTTPS" makes the handshake check the certificate against the URL's host (RFC 2818),
            // which the layered socket would otherwise skip.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!literal) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(Math.max(1, deadline.remainingMillis()));
            socket.startHandshake();
            return socket;
        } catch (IllegalArgumentException e) {
            closeQuietly(plain);
            throw new FetchException.TlsFailed(target.uri(), e);
        } catch (IOException e) {
            closeQuietly(plain);
            // A handshake the watchdog cut off fails as whatever the TLS layer makes of a closed
            // socket (an SSLException, "Socket closed", an early end of stream): ask the deadline first.
            if (e instanceof SocketTimeoutException || deadline.expired()) {
                throw new FetchException.Timeout(target.uri(), deadline.total(), "TLS handshake");
            }
            if (e instanceof SSLException) {
                throw new FetchException.TlsFailed(target.uri(), e);
            }
            throw new FetchException.ConnectionFailed(target.uri(), "connection lost during TLS handshake", e);
        }
    }

    static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // Nothing left to release.
        }
    }
}
