package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https against a local TLS server whose self-signed certificate names {@code hub.test}. The
 * certificate is made with the JDK's keytool at test time. The default client trusts only the JDK's
 * CA store, so the handshake must fail; a client given exactly this certificate as its trust
 * anchor (not a trust-all manager) succeeds, and fails again when the URL names another host.
 */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static KeyStore keyStore;
    private static final List<List<SNIServerName>> serverNamesSeen = new CopyOnWriteArrayList<>();

    private final StaticResolver resolver = new StaticResolver().loopback("hub.test", "other.test");

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path keyFile = dir.resolve("hub.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=hub.test",
                "-ext", "SAN=dns:hub.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyFile.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyFile)) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/doc", exchange -> {
            var session = (ExtendedSSLSession) ((HttpsExchange) exchange).getSSLSession();
            serverNamesSeen.add(session.getRequestedServerNames());
            String doc = "{\"id\":\"https://hub.test:" + server.getAddress().getPort() + "/doc\"}";
            try (exchange) {
                LocalHttpServer.send(exchange, 200, "application/activity+json", doc.getBytes(StandardCharsets.UTF_8), false);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private URI url(String host) {
        return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/doc");
    }

    private static SSLSocketFactory trusting(KeyStore anchors) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("hub", anchors.getCertificate("hub"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    @Test
    void aSelfSignedCertificateFailsWithTheTlsError() {
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")).resolver(resolver)
                .socketFactory(new LoopbackOnlySockets()).build();

        assertThatThrownBy(() -> client.getActivityPub(url("hub.test")))
                .isInstanceOfSatisfying(FetchException.TlsFailed.class, e -> assertThat(e.isPermanent()).isFalse());
    }

    @Test
    void aTrustedCertificateForTheRightNameSucceedsAndSniNamesTheHost() throws Exception {
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")).resolver(resolver)
                .socketFactory(new LoopbackOnlySockets()).sslSocketFactory(trusting(keyStore)).build();
        serverNamesSeen.clear();

        FetchedJson fetched = client.getActivityPub(url("hub.test"));

        assertThat(fetched.url()).isEqualTo(url("hub.test"));
        assertThat(serverNamesSeen).hasSize(1);
        assertThat(serverNamesSeen.get(0)).extracting(n -> new String(n.getEncoded(), StandardCharsets.US_ASCII))
                .containsExactly("hub.test");
    }

    @Test
    void aTrustedCertificateForAnotherNameFails() throws Exception {
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")).resolver(resolver)
                .socketFactory(new LoopbackOnlySockets()).sslSocketFactory(trusting(keyStore)).build();

        assertThatThrownBy(() -> client.getActivityPub(url("other.test"))).isInstanceOf(FetchException.TlsFailed.class);
        assertThatThrownBy(() -> client.getActivityPub(url("127.0.0.1"))).isInstanceOf(FetchException.TlsFailed.class);
    }
}
