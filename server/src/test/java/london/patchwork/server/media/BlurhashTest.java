package london.patchwork.server.media;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BlurHash encoder against values worked out by hand from the published algorithm (no reference image's hash
 * is checked: the reference images are not in this repository).
 */
class BlurhashTest {

    @Test
    void aWhitePictureHasAWhiteDcComponent() {
        // 4x3 components -> 'L'; the DC 0xFFFFFF in four base-83 digits -> "TSUA" (29, 28, 30, 10).
        String hash = Blurhash.encode(filled(Color.WHITE, 20, 10));
        assertThat(hash).hasSize(28).startsWith("L");
        assertThat(hash.substring(2, 6)).isEqualTo("TSUA");
    }

    @Test
    void aBlackPictureHasNoEnergyAtAll() {
        // Every component is zero: maximum '0', DC "0000", and each AC quantises to 9,9,9 = 3429 -> "fQ".
        assertThat(Blurhash.encode(filled(Color.BLACK, 7, 9))).isEqualTo("L00000" + "fQ".repeat(11));
    }

    @Test
    void aSinglePixelIsItsOwnColour() {
        // 1x1 components: size flag '0', maximum '0', then the DC alone, which reads back as pure red.
        String hash = Blurhash.encode(filled(new Color(255, 0, 0), 3, 3), 1, 1);
        assertThat(hash).hasSize(6).startsWith("00");
        assertThat(decode83(hash.substring(2, 6))).isEqualTo(0xFF0000);
    }

    private static int decode83(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 83 + Blurhash.DIGITS.indexOf(c);
        }
        return value;
    }

    @Test
    void aVariedPictureGivesTwentyEightBase83DigitsWithAcEnergy() {
        BufferedImage image = filled(Color.BLUE, 32, 24);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 16, 24);
        graphics.dispose();
        String hash = Blurhash.encode(image);
        assertThat(hash).hasSize(28).startsWith("L");
        assertThat(hash.chars()).allMatch(c -> Blurhash.DIGITS.indexOf(c) >= 0);
        assertThat(hash.charAt(1)).as("the AC maximum is above zero").isNotEqualTo('0');
    }

    @Test
    void base83WritesFixedWidthDigits() {
        assertThat(Blurhash.base83(0, 2)).isEqualTo("00");
        assertThat(Blurhash.base83(82, 1)).isEqualTo("~");
        assertThat(Blurhash.base83(83, 2)).isEqualTo("10");
    }

    private static BufferedImage filled(Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }
}
