package london.patchwork.server.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns an uploaded picture into what the hub keeps: the type is read from the first bytes (never the name or the
 * type the client claims); only JPEG, PNG and GIF are taken. The picture is decoded and written afresh, so no
 * metadata survives (EXIF, a phone's GPS position, comments): JPEG stays JPEG, PNG stays PNG, and a GIF becomes a
 * PNG of its first frame. Sides beyond {@link #LARGEST_SIDE} are scaled down; the preview is at most
 * {@link #PREVIEW_SIDE}. EXIF orientation is not applied (it is dropped with the rest of the metadata).
 */
final class MediaImages {

    static final int LARGEST_SIDE = 4096;
    static final int PREVIEW_SIDE = 640;
    /** Larger pictures are refused before decoding: a small file can claim a huge image. */
    static final int LARGEST_DECODED_SIDE = 16_384;

    private MediaImages() {
    }

    /** Why a picture was refused, in words for the member. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    /** One encoded picture. */
    record Encoded(byte[] bytes, String mimeType, String extension, int width, int height) {
    }

    /** The re-encoded original, its preview and its blurhash. */
    record Processed(Encoded original, Encoded preview, String blurhash) {
    }

    static Processed process(byte[] upload) throws Unusable {
        String format = format(upload).orElseThrow(() -> new Unusable("Choose a JPEG, PNG or GIF picture."));
        BufferedImage image = decode(upload, format, LARGEST_SIDE);
        boolean jpeg = format.equals("jpeg");
        BufferedImage original = fit(image, LARGEST_SIDE, jpeg);
        BufferedImage preview = fit(image, PREVIEW_SIDE, jpeg);
        String blurhash = Blurhash.encode(fit(image, 32, true));
        return new Processed(encode(original, jpeg), encode(preview, jpeg), blurhash);
    }

    static Optional<String> format(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
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

    /** An upload decoded to at least {@code side} a side where it is larger, for callers that draw their own. */
    static BufferedImage decode(byte[] upload, int side) throws Unusable {
        String format = format(upload).orElseThrow(() -> new Unusable("Choose a JPEG, PNG or GIF picture."));
        return decode(upload, format, side);
    }

    private static BufferedImage decode(byte[] upload, String format, int side) throws Unusable {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Unusable("Choose a JPEG, PNG or GIF picture.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > LARGEST_DECODED_SIDE || height > LARGEST_DECODED_SIDE) {
                throw new Unusable("Choose a picture at most " + LARGEST_DECODED_SIDE + " pixels wide and high.");
            }
            // Only every n-th pixel of a picture far larger than what is kept: a small file can hold a picture of
            // hundreds of millions of pixels, which decoded whole would take gigabytes.
            int every = Math.max(1, Math.max(width, height) / side);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(every, every, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException unreadable) {
            throw new Unusable("That picture could not be read; try saving it again as JPEG or PNG.");
        } finally {
            reader.dispose();
        }
    }

    /** The picture scaled to at most {@code side} a side, drawn onto a fresh image (opaque for JPEG). */
    private static BufferedImage fit(BufferedImage image, int side, boolean opaque) {
        double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage fitted = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = fitted.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return fitted;
    }

    private static Encoded encode(BufferedImage image, boolean jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (jpeg) {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else {
                ImageIO.write(image, "png", out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("encoding a picture in memory", e);
        }
        return jpeg ? new Encoded(out.toByteArray(), "image/jpeg", "jpg", image.getWidth(), image.getHeight())
                : new Encoded(out.toByteArray(), "image/png", "png", image.getWidth(), image.getHeight());
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
