package london.patchwork.federation.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One request and its response on a fresh connection ({@code Connection: close}: a connection is
 * never reused, so a response can never be read as belonging to another request).
 */
final class Exchange {

    private Exchange() {
    }

    static RawResponse perform(Connector connector, FetchTarget target, String method, RequestHeaders headers,
            byte[] body, Deadline deadline, long limit, ResponseReader.BodyMode mode) throws FetchException {
        Socket socket = null;
        Watchdog watchdog = Watchdog.start(deadline);
        try {
            socket = connector.open(target, deadline, watchdog);
            OutputStream out = socket.getOutputStream();
            out.write(headers.head(method, target.requestTarget()));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket.getInputStream(), socket, deadline));
            return new ResponseReader(in, target.uri()).read(limit, mode);
        } catch (IOException e) {
            // Ask the deadline, not only the exception: a socket the watchdog closed fails with
            // "Socket closed", a read armed with the last of the budget with a SocketTimeoutException,
            // and which comes first is a race. Socket timeouts here come from the deadline alone.
            if (e instanceof SocketTimeoutException || deadline.expired()) {
                throw new FetchException.Timeout(target.uri(), deadline.total(), "the exchange");
            }
            throw new FetchException.ConnectionFailed(target.uri(), "connection failed: " + e.getMessage(), e);
        } catch (FetchException.MalformedResponse e) {
            // A response cut short because the watchdog closed the connection was cut short by us.
            if (watchdog.fired()) {
                throw new FetchException.Timeout(target.uri(), deadline.total(), "the exchange");
            }
            throw e;
        } finally {
            watchdog.close();
            Connector.closeQuietly(socket);
        }
    }
}
