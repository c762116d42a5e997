package london.patchwork.server.members;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns an uploaded picture into an avatar: only PNG, JPEG and GIF (recognised by their first bytes, never by the
 * name or the type the browser claims), at most {@link #LARGEST_SIDE} pixels a side before decoding (a small file can
 * claim a huge image), cropped to a square from the middle, scaled to at most {@link #SIZE}, and written afresh as
 * PNG, which leaves behind whatever metadata (a phone photo's location) the upload carried.
 */
public final class AvatarImages {

    static final int SIZE = 400;
    static final int LARGEST_SIDE = 8000;

    private AvatarImages() {
    }

    /** Why a picture was refused, in words for the member. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    /** A square PNG and its side. */
    public record Square(byte[] png, int size) {
    }

    static Square avatar(byte[] upload) throws Unusable {
        String format = format(upload).orElseThrow(() -> new Unusable("Choose a PNG, JPEG or GIF picture."));
        BufferedImage image = decode(upload, format);
        int side = Math.min(image.getWidth(), image.getHeight());
        int size = Math.min(side, SIZE);
        BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = square.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            int left = (image.getWidth() - side) / 2;
            int top = (image.getHeight() - side) / 2;
            graphics.drawImage(image, 0, 0, size, size, left, top, left + side, top + side, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(square, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG in memory", e);
        }
        return new Square(png.toByteArray(), size);
    }

    static Optional<String> format(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("png");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpeg");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("gif");
        }
        return Optional.empty();
    }

    private static BufferedImage decode(byte[] upload, String format) throws Unusable {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Unusable("Choose a PNG, JPEG or GIF picture.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > LARGEST_SIDE || height > LARGEST_SIDE) {
                throw new Unusable("Choose a picture at most " + LARGEST_SIDE + " pixels wide and high.");
            }
            // Decode only every n-th pixel of a large picture: a small file can hold a picture of 64 million pixels,
            // and an avatar needs at most twice its size from the shorter side.
            int every = Math.max(1, Math.min(width, height) / (2 * SIZE));
            javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(every, every, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException unreadable) {
            throw new Unusable("That picture could not be read; try saving it again as PNG or JPEG.");
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
