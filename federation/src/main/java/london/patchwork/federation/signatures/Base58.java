package london.patchwork.federation.signatures;

import java.math.BigInteger;
import java.util.Arrays;

/** Bitcoin-alphabet base58, the {@code z} encoding of multibase. Inputs here are small keys. */
final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {
    }

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new KeyFormatException("invalid base58 character '" + text.charAt(i) + "'");
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int signByte = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        if (value.signum() == 0) {
            magnitude = new byte[0];
            signByte = 0;
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] out = new byte[zeros + magnitude.length - signByte];
        System.arraycopy(magnitude, signByte, out, zeros, magnitude.length - signByte);
        return out;
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
