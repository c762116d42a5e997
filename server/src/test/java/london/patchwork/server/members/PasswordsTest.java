package london.patchwork.server.members;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

    /** Cheap enough to hash dozens of times per run; the real cost is only needed where the test is about it. */
    private static final Passwords.Cost CHEAP = new Passwords.Cost(1024, 1, 1);
    private static final Passwords CHEAP_PASSWORDS = new Passwords(CHEAP);
    private static final Passwords DEFAULT_PASSWORDS = new Passwords();

    /*
     * Known answers from the Argon2 reference implementation's own test suite (P-H-C/phc-winner-argon2,
     * src/test.c, the hashtest() calls under "Test Argon2id version number"): password "password", salt
     * "somesalt", 32-byte output. An independent implementation, so a wrong variant (argon2i, argon2d), version
     * or encoding here cannot agree with them by accident. Only one 64 MiB vector, to keep the test quick.
     */
    private static final String REFERENCE_M256_T2_P1 =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
    private static final String REFERENCE_M256_T2_P2 =
            "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc";
    private static final String REFERENCE_M65536_T2_P1 =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    /** The same file's Argon2i answer for m=256,t=2,p=1, relabelled as argon2id: an Argon2i hasher would accept it. */
    private static final String ARGON2I_OUTPUT_LABELLED_ID =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8";

    @Test
    void aHashVerifiesWithItsPasswordOnly() {
        String stored = CHEAP_PASSWORDS.hash("correct horse".toCharArray());

        assertThat(CHEAP_PASSWORDS.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("correct horsf".toCharArray(), stored)).isFalse();
        assertThat(CHEAP_PASSWORDS.matches("Correct horse".toCharArray(), stored)).isFalse();
        assertThat(CHEAP_PASSWORDS.matches(new char[0], stored)).isFalse();
        assertThat(CHEAP_PASSWORDS.matches(null, stored)).isFalse();
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        String stored = CHEAP_PASSWORDS.hash("pässwörd 🔑".toCharArray());

        assertThat(CHEAP_PASSWORDS.matches("pässwörd 🔑".toCharArray(), stored)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("passwoerd 🔑".toCharArray(), stored)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferButBothVerify() {
        String first = CHEAP_PASSWORDS.hash("hunter2".toCharArray());
        String second = CHEAP_PASSWORDS.hash("hunter2".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(CHEAP_PASSWORDS.matches("hunter2".toCharArray(), first)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("hunter2".toCharArray(), second)).isTrue();
    }

    @Test
    void writesThePhcStringOfTheReferenceTool() {
        String stored = DEFAULT_PASSWORDS.hash("password".toCharArray());

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        String[] parts = stored.split("\\$", -1);
        assertThat(parts).hasSize(6);
        assertThat(parts[0]).isEmpty();
        assertThat(parts[4]).hasSize(22).matches("[A-Za-z0-9+/]+"); // 16 bytes, unpadded
        assertThat(parts[5]).hasSize(43).matches("[A-Za-z0-9+/]+"); // 32 bytes, unpadded
        assertThat(DEFAULT_PASSWORDS.matches("password".toCharArray(), stored)).isTrue();
    }

    @Test
    void verifiesTheReferenceImplementationsArgon2idAnswers() {
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), REFERENCE_M256_T2_P1)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), REFERENCE_M256_T2_P2)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), REFERENCE_M65536_T2_P1)).isTrue();

        assertThat(CHEAP_PASSWORDS.matches("differentpassword".toCharArray(), REFERENCE_M256_T2_P1)).isFalse();
        assertThat(CHEAP_PASSWORDS.matches("passwore".toCharArray(), REFERENCE_M256_T2_P2)).isFalse();
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), ARGON2I_OUTPUT_LABELLED_ID)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // one character of the hash, or of the salt, changed (not the last: its low bits are padding)
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGj/4",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$of65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=1$d29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            // another variant, another version
            "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2d$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            // parts missing or extra
            "$argon2id$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=1$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$",
            "argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            // garbage, padding, bad base64
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$!!not*base64!!",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4=",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQM",
            "$argon2id$v=19$m=256,t=2,p=1$c29t$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "not a hash at all",
            "",
            // absurd or impossible costs
            "$argon2id$v=19$m=2000000000,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=99999999999999999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=11,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=17$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=0$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=-256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
    })
    void refusesTamperedOrMalformedHashesWithoutThrowing(String stored) {
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), stored)).isFalse();
        assertThat(CHEAP_PASSWORDS.needsRehash(stored)).isTrue();
    }

    @Test
    void refusesItsOwnHashWithOneCharacterOfTheHashFlipped() {
        String stored = CHEAP_PASSWORDS.hash("password".toCharArray());
        int middle = stored.lastIndexOf('$') + 20;
        char flipped = stored.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = stored.substring(0, middle) + flipped + stored.substring(middle + 1);

        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), stored)).isTrue();
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), tampered)).isFalse();
    }

    @Test
    void refusesANullHash() {
        assertThat(CHEAP_PASSWORDS.matches("password".toCharArray(), null)).isFalse();
        assertThat(CHEAP_PASSWORDS.needsRehash(null)).isTrue();
    }

    @Test
    void asksForARehashOnlyWhenTheCostChanged() {
        String atDefaultCost = DEFAULT_PASSWORDS.hash("password".toCharArray());
        String atCheapCost = CHEAP_PASSWORDS.hash("password".toCharArray());

        assertThat(DEFAULT_PASSWORDS.needsRehash(atDefaultCost)).isFalse();
        assertThat(DEFAULT_PASSWORDS.needsRehash(atCheapCost)).isTrue();
        assertThat(CHEAP_PASSWORDS.needsRehash(atCheapCost)).isFalse();
        assertThat(CHEAP_PASSWORDS.needsRehash(atDefaultCost)).isTrue();
    }

    @Test
    void readsTheCostFromTheStringSoOldHashesStillVerify() {
        String atCheapCost = CHEAP_PASSWORDS.hash("password".toCharArray());

        assertThat(atCheapCost).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(DEFAULT_PASSWORDS.matches("password".toCharArray(), atCheapCost)).isTrue();
        assertThat(DEFAULT_PASSWORDS.matches("passworD".toCharArray(), atCheapCost)).isFalse();
    }
}
