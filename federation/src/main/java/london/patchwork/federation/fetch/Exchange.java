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
        try (Watchdog watchdog = Watchdog.start(deadline)) {
            socket = connector.open(target, deadline, watchdog);
            OutputStream out = socket.getOutputStream();
            out.write(headers.head(method, target.requestTarget()));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket.getInputStream(), socket, deadline));
            return new ResponseReader(in, target.uri()).read(limit, mode);
        } catch (SocketTimeoutException e) {
            throw new FetchException.Timeout(target.uri(), deadline.total(), "the exchange");
        } catch (IOException e) {
            if (deadline.expired()) {
                throw new FetchException.Timeout(target.uri(), deadline.total(), "the exchange");
            }
            throw new FetchException.ConnectionFailed(target.uri(), "connection failed: " + e.getMessage(), e);
        } finally {
            Connector.closeQuietly(socket);
        }
    }
}
