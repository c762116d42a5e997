package london.patchwork.server.members;

import london.patchwork.server.media.MediaService;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Turns an uploaded picture into an avatar. The media capability decodes it as it does pictures in posts (JPEG, PNG
 * or GIF known by their bytes, bounded before decoding); here it is cropped to a square from the middle, scaled to at
 * most {@link #SIZE}, and written afresh as PNG, which leaves behind whatever metadata (a phone photo's location)
 * the upload carried.
 */
public final class AvatarImages {

    static final int SIZE = 400;

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
        BufferedImage image;
        try {
            image = MediaService.decodePicture(upload, 2 * SIZE);
        } catch (MediaService.Refused refused) {
            throw new Unusable(refused.getMessage());
        }
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
}
