package london.patchwork.server.media;

import java.awt.image.BufferedImage;

/**
 * Wolt's BlurHash (https://github.com/woltapp/blurhash, the algorithm in its TypeScript encoder): a few cosine
 * components of the picture in base 83, which Mastodon apps paint as a blurred placeholder before the image loads.
 */
final class Blurhash {

    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    private Blurhash() {
    }

    /** The hash of {@code image} with 4 horizontal and 3 vertical components, as Mastodon computes it. */
    static String encode(BufferedImage image) {
        return encode(image, 4, 3);
    }

    static String encode(BufferedImage image, int componentsX, int componentsY) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[][] linear = new double[width * height][3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                double[] pixel = linear[y * width + x];
                pixel[0] = toLinear((rgb >> 16) & 0xFF);
                pixel[1] = toLinear((rgb >> 8) & 0xFF);
                pixel[2] = toLinear(rgb & 0xFF);
            }
        }
        double[][] factors = new double[componentsX * componentsY][];
        for (int j = 0; j < componentsY; j++) {
            for (int i = 0; i < componentsX; i++) {
                double normalisation = i == 0 && j == 0 ? 1 : 2;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        double basis = normalisation * Math.cos(Math.PI * i * x / width)
                                * Math.cos(Math.PI * j * y / height);
                        double[] pixel = linear[y * width + x];
                        r += basis * pixel[0];
                        g += basis * pixel[1];
                        b += basis * pixel[2];
                    }
                }
                double scale = 1.0 / (width * height);
                factors[j * componentsX + i] = new double[]{r * scale, g * scale, b * scale};
            }
        }
        StringBuilder hash = new StringBuilder();
        hash.append(base83((componentsX - 1) + (componentsY - 1) * 9, 1));
        double maximum = 1;
        if (factors.length > 1) {
            double actualMaximum = 0;
            for (int k = 1; k < factors.length; k++) {
                for (double value : factors[k]) {
                    actualMaximum = Math.max(actualMaximum, Math.abs(value));
                }
            }
            int quantised = (int) Math.max(0, Math.min(82, Math.floor(actualMaximum * 166 - 0.5)));
            maximum = (quantised + 1) / 166.0;
            hash.append(base83(quantised, 1));
        } else {
            hash.append(base83(0, 1));
        }
        double[] dc = factors[0];
        hash.append(base83((toSrgb(dc[0]) << 16) + (toSrgb(dc[1]) << 8) + toSrgb(dc[2]), 4));
        for (int k = 1; k < factors.length; k++) {
            double[] ac = factors[k];
            hash.append(base83(quantise(ac[0], maximum) * 19 * 19 + quantise(ac[1], maximum) * 19
                    + quantise(ac[2], maximum), 2));
        }
        return hash.toString();
    }

    static String base83(int value, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i <= length; i++) {
            int digit = (int) (value / Math.pow(83, length - i)) % 83;
            digits.append(DIGITS.charAt(digit));
        }
        return digits.toString();
    }

    private static int quantise(double value, double maximum) {
        double scaled = Math.copySign(Math.pow(Math.abs(value / maximum), 0.5), value);
        return (int) Math.max(0, Math.min(18, Math.floor(scaled * 9 + 9.5)));
    }

    private static double toLinear(int value) {
        double v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int toSrgb(double value) {
        double v = Math.max(0, Math.min(1, value));
        return v <= 0.0031308 ? (int) (v * 12.92 * 255 + 0.5) : (int) ((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }
}
