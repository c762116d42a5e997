package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResidentKeysTest {

    @Test
    void aThousandResidentsGetAThousandDistinctWorkingRsa2048Keys() throws Exception {
        List<KeyPair> keys = ResidentKeys.generate(1_000);

        assertThat(keys).hasSize(1_000);
        assertThat(keys).extracting(pair -> ((RSAPublicKey) pair.getPublic()).getModulus()).doesNotHaveDuplicates()
                .allSatisfy(modulus -> assertThat(modulus.bitLength()).isEqualTo(2048));
        byte[] message = "(request-target): post /inbox".getBytes(StandardCharsets.UTF_8);
        for (int i : new int[] {0, 1, 499, 999}) {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.get(i).getPrivate());
            signer.update(message);
            byte[] signature = signer.sign();
            Signature own = Signature.getInstance("SHA256withRSA");
            own.initVerify(keys.get(i).getPublic());
            own.update(message);
            assertThat(own.verify(signature)).as("key %d verifies its own signature", i).isTrue();
            Signature other = Signature.getInstance("SHA256withRSA");
            other.initVerify(keys.get((i + 1) % keys.size()).getPublic());
            other.update(message);
            assertThat(other.verify(signature)).as("another resident's key does not").isFalse();
        }
    }

    @Test
    void noResidentsNoKeys() {
        assertThat(ResidentKeys.generate(0)).isEmpty();
        assertThat(ResidentKeys.generate(1)).hasSize(1);
    }
}
