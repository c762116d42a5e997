package london.patchwork.server.members;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members' password hashes. Argon2id because it is memory-hard (a GPU farm cannot cheaply run millions of
 * guesses in parallel) and, unlike Argon2d, resists side channels on a shared host. Checking a password costs
 * tens of milliseconds on purpose: unnoticeable at sign-in, ruinous for anyone guessing at a stolen table.
 * Hashes are stored as PHC strings, the format of the reference {@code argon2} tool, so other tools can check
 * them and the cost can be raised later without breaking the hashes already stored.
 */
@Singleton
public final class Passwords {

    /** OWASP's first Argon2id choice: 19 MiB, 2 passes, 1 lane; little memory per sign-in, still slow to attack. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public static final Cost DEFAULT = new Cost(19_456, 2, 1);
    }

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PARAMETERS = Pattern.compile("m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashes computed at once: the cores can do no more, and each holds its memory cost until done. */
    private static final Semaphore HASHING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()),
            true);

    private final Cost cost;

    /** The constructor Micronaut uses; marked so it is chosen over the one for tests. */
    @Inject
    public Passwords() {
        this(Cost.DEFAULT);
    }

    /** For tests, which hash many times and need not pay the real cost each time. */
    Passwords(Cost cost) {
        this.cost = cost;
    }

    /** A new PHC string with a fresh salt, so equal passwords never give equal hashes. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Phc phc = new Phc(cost.memoryKib(), cost.iterations(), cost.parallelism(), salt, new byte[HASH_BYTES]);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + phc.memoryKib() + ",t=" + phc.iterations() + ",p=" + phc.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(derive(password, phc));
    }

    /**
     * Whether the password produced the stored hash. The cost is read from the string, so hashes made before a
     * cost change still verify. Anything unreadable is simply a wrong password: a sign-in must never fail with
     * an exception that tells the caller more than "no".
     */
    public boolean matches(char[] password, String stored) {
        Phc phc = parse(stored);
        if (password == null || phc == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(derive(password, phc), phc.hash());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the hash was made at another cost, so sign-in can replace it while it holds the password. */
    public boolean needsRehash(String stored) {
        Phc phc = parse(stored);
        return phc == null || phc.memoryKib() != cost.memoryKib() || phc.iterations() != cost.iterations()
                || phc.parallelism() != cost.parallelism() || phc.hash().length != HASH_BYTES;
    }

    /** Argon2id of the password with the string's cost and salt, as long as the string's hash. */
    private static byte[] derive(char[] password, Phc phc) {
        // Each hash takes its memory (19 MiB) at once: a burst of sign-ins waits here instead of exhausting the heap.
        HASHING.acquireUninterruptibly();
        try {
            return deriveNow(password, phc);
        } finally {
            HASHING.release();
        }
    }

    private static byte[] deriveNow(char[] password, Phc phc) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(phc.memoryKib())
                .withIterations(phc.iterations())
                .withParallelism(phc.parallelism())
                .withSalt(phc.salt())
                .build());
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        // The password should not outlive the hash on the heap: wipe both byte copies made here.
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            byte[] out = new byte[phc.hash().length];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Null for anything but an Argon2id v1.3 string within sane limits. */
    private static Phc parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return null;
        }
        Matcher cost = PARAMETERS.matcher(parts[3]);
        if (!cost.matches() || parts[4].contains("=") || parts[5].contains("=")) {
            return null;
        }
        long m = Long.parseLong(cost.group(1));
        long t = Long.parseLong(cost.group(2));
        long p = Long.parseLong(cost.group(3));
        // Limits, so a corrupt or planted row cannot make one sign-in allocate gigabytes or spin for minutes.
        if (p < 1 || p > 16 || t < 1 || t > 10 || m < 8 * p || m > 1L << 20) {
            return null;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[4]);
            byte[] hash = Base64.getDecoder().decode(parts[5]);
            // A short hash would make guessing a match cheap; the reference tool requires 8-byte salts too.
            return salt.length < 8 || hash.length < 16 ? null : new Phc((int) m, (int) t, (int) p, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A parsed PHC string; for a new hash, {@code hash} is empty and only gives the length to derive. */
    private record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }
}
