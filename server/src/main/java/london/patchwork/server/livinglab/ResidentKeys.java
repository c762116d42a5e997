package london.patchwork.server.livinglab;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * RSA-2048 key pairs for many residents at once, quickly.
 *
 * <p>Generating a fresh pair costs two 1024-bit prime searches, some 100 ms of a busy core each time; 1,000 residents
 * would take minutes on the lab's two cores. Instead a small pool of primes is searched (in parallel) and each
 * resident's modulus is the product of a different pair of them: √(2N) searches instead of 2N, and every resident
 * still has their own key, which peers fetch and verify as any other. Keys sharing a prime can be factored by anyone
 * holding two of them, which does not matter for simulated residents on 127.0.0.1 and must never be copied to real
 * accounts.
 */
final class ResidentKeys {

    private static final BigInteger E = BigInteger.valueOf(65_537);
    private static final int PRIME_BITS = 1024;

    private ResidentKeys() {
    }

    /** {@code count} distinct RSA-2048 key pairs. */
    static List<KeyPair> generate(int count) {
        if (count == 0) {
            return List.of();
        }
        int pool = 2;
        while ((long) pool * (pool - 1) / 2 < count) {
            pool++;
        }
        List<BigInteger> primes = IntStream.range(0, pool).parallel().mapToObj(i -> prime()).toList();
        List<int[]> pairs = new ArrayList<>(count);
        for (int i = 0; i < pool && pairs.size() < count; i++) {
            for (int j = i + 1; j < pool && pairs.size() < count; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs.parallelStream().map(pair -> pair(primes.get(pair[0]), primes.get(pair[1]))).toList();
    }

    /**
     * A 1024-bit prime with its top two bits set, so that the product of any two is a full 2048 bits, and with
     * {@code p - 1} prime to the public exponent, so that the private exponent exists.
     */
    private static BigInteger prime() {
        SecureRandom random = new SecureRandom();
        while (true) {
            BigInteger candidate = BigInteger.probablePrime(PRIME_BITS, random);
            if (candidate.testBit(PRIME_BITS - 2) && candidate.subtract(BigInteger.ONE).gcd(E).equals(BigInteger.ONE)) {
                return candidate;
            }
        }
    }

    private static KeyPair pair(BigInteger p, BigInteger q) {
        if (p.compareTo(q) < 0) {
            BigInteger larger = q;
            q = p;
            p = larger;
        }
        BigInteger n = p.multiply(q);
        BigInteger pMinus1 = p.subtract(BigInteger.ONE);
        BigInteger qMinus1 = q.subtract(BigInteger.ONE);
        // Carmichael's λ(n) = lcm(p-1, q-1), as RFC 8017 and the JDK's own generator use.
        BigInteger lambda = pMinus1.divide(pMinus1.gcd(qMinus1)).multiply(qMinus1);
        BigInteger d = E.modInverse(lambda);
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(n, E)),
                    rsa.generatePrivate(new RSAPrivateCrtKeySpec(n, E, d, p, q, d.mod(pMinus1), d.mod(qMinus1),
                            q.modInverse(p))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has RSA", e);
        }
    }
}
