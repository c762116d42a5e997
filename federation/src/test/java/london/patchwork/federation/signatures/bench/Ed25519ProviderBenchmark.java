package london.patchwork.federation.signatures.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import london.patchwork.federation.signatures.KeyPairs;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The measurement behind the choice of BouncyCastle for Ed25519: verifying one signature over a
 * 300-byte signature base with the JDK's SunEC provider and with BouncyCastle's lightweight signer.
 * Run like {@link SignatureBenchmark}, with this class as {@code exec.mainClass}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519ProviderBenchmark {

    private KeyPair pair;
    private byte[] rawPublic;
    private byte[] message;
    private byte[] signature;

    /** One key and one signature, made with the JDK provider. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        pair = KeyPairs.ed25519();
        byte[] spki = pair.getPublic().getEncoded();
        rawPublic = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        message = "\"@method\": POST\n".repeat(18).getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(message);
        signature = signer.sign();
    }

    @Benchmark
    public boolean verifyWithJdk() throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(message);
        return verifier.verify(signature);
    }

    @Benchmark
    public boolean verifyWithBouncyCastle() {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(rawPublic, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    /**
     * @param args ignored
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(Ed25519ProviderBenchmark.class.getName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xms512m", "-Xmx512m")
                .build()).run();
    }
}
