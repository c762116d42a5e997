package london.patchwork.server.assets;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asset form takes a photo file with its description (multipart, through the media capability); a form that
 * comes back refused keeps the uploaded photo; an edit removes it; something that is not an image is refused.
 */
@MicronautTest(transactional = false)
class AssetPhotoFormIT extends HubTest {

    private static final Pattern PHOTO_ID = Pattern.compile("name=\"photo_id\" value=\"(\\d+)\"");

    @Inject
    AssetRepository assets;

    private TestMembers.SignedIn ada;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
    }

    @Test
    void aMemberAddsAnAssetWithAPhotoAndItsDescription() throws IOException {
        assertThat(ada.get("/assets/new", "text/html").body()).contains("enctype=\"multipart/form-data\"",
                "<label for=\"photo\">", "<label for=\"photo_description\">", "type=\"file\"");
        Map<String, String> fields = fields("Ridley Road Market");
        fields.put("photo_description", "Fruit stalls under striped awnings");
        HttpResponse<String> created = ada.multipart("/assets/new", fields, "photo", "market.png", png());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String path = created.headers().firstValue("Location").orElseThrow();

        String page = http().get(path, "text/html").body();
        assertThat(page).containsPattern("<img class=\"asset__photo\" id=\"asset-photo\" src=\"[^\"]+/media/[^\"]+\" "
                + "alt=\"Fruit stalls under striped awnings\">");
        Asset saved = assets.findById(Long.parseLong(path.substring("/assets/".length()))).orElseThrow();
        assertThat(saved.photoId()).isNotNull();

        // The edit form shows it and its description; ticking "remove" takes it off.
        String edit = ada.get(path + "/edit", "text/html").body();
        assertThat(edit).contains("id=\"current-photo\"", "value=\"Fruit stalls under striped awnings\"");
        Map<String, String> removing = fields("Ridley Road Market");
        removing.put("remove_photo", "true");
        assertThat(ada.multipart(path + "/edit", removing).statusCode()).isEqualTo(303);
        assertThat(http().get(path, "text/html").body()).doesNotContain("asset-photo");
    }

    @Test
    void aRefusedFormKeepsTheUploadedPhotoForTheNextTry() throws IOException {
        long before = assets.count();
        Map<String, String> nameless = fields("");
        nameless.put("photo_description", "The hall from the street");
        HttpResponse<String> refused = ada.multipart("/assets/new", nameless, "photo", "hall.png", png());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-error\"", "id=\"current-photo\"");
        Matcher kept = PHOTO_ID.matcher(refused.body());
        assertThat(kept.find()).isTrue();
        assertThat(assets.count()).isEqualTo(before);

        Map<String, String> again = fields("St Mark's Hall");
        again.put("photo_id", kept.group(1));
        again.put("photo_description", "The hall from the street");
        HttpResponse<String> created = ada.multipart("/assets/new", again);
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().substring(8));
        assertThat(assets.findById(id).orElseThrow().photoId()).isEqualTo(Long.parseLong(kept.group(1)));
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedBesideTheFieldAndNothingIsStored() {
        long before = assets.count();
        HttpResponse<String> refused = ada.multipart("/assets/new", fields("Not a photo"), "photo", "notes.txt",
                "just some words".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"photo-error\"", "value=\"Not a photo\"");
        assertThat(assets.count()).isEqualTo(before);
    }

    /**
     * The form's fields reach the asset whatever the photo's size, wherever its part is in the body and however many
     * forms arrive at once: a form bound while its body was still arriving once lost its kind (422 "kind must be
     * one of"), and only a large photo sent before the fields, or several posts at once, made it likely.
     */
    @Test
    void everyFieldArrivesWhateverThePhotosSizePlaceOrCompany() throws Exception {
        byte[] small = png();
        byte[] large = noisyPng(700, 500);
        assertThat(large.length).isGreaterThan(512 * 1024);
        int senders = 4;
        int each = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            List<java.util.concurrent.Future<Posted>> posts = new ArrayList<>();
            for (int sender = 0; sender < senders; sender++) {
                for (int n = 0; n < each; n++) {
                    String name = "Stall " + sender + "-" + n;
                    boolean fileFirst = n % 2 == 0;
                    byte[] photo = (sender + n) % 3 == 0 ? small : large;
                    posts.add(pool.submit(() -> {
                        Map<String, String> fields = fields(name);
                        fields.put("photo_description", "The stall called " + name);
                        HttpResponse<String> response = ada.multipart("/assets/new", fields, "photo", "stall.png",
                                photo, fileFirst);
                        return new Posted(name + " (photo " + photo.length + " bytes, " + (fileFirst ? "first"
                                : "last") + ")", name, response.statusCode(), reasons(response.body()),
                                response.headers().firstValue("Location").orElse(""));
                    }));
                }
            }
            List<String> refused = new ArrayList<>();
            for (java.util.concurrent.Future<Posted> post : posts) {
                Posted posted = post.get(120, java.util.concurrent.TimeUnit.SECONDS);
                if (posted.status() != 303) {
                    refused.add(posted.what() + ": " + posted.status() + " " + posted.reasons());
                    continue;
                }
                Asset saved = assets.findById(Long.parseLong(posted.location().substring("/assets/".length())))
                        .orElseThrow();
                assertThat(saved.name()).isEqualTo(posted.name());
                assertThat(saved.kind()).isEqualTo("place");
                assertThat(saved.category()).isEqualTo("physical-spaces");
                assertThat(saved.photoId()).isNotNull();
            }
            assertThat(refused).as("forms refused of " + posts.size()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> fields(String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("kind", "place");
        fields.put("category", "physical-spaces");
        fields.put("status", "active");
        fields.put("latitude", "51.5491");
        fields.put("longitude", "-0.0755");
        return fields;
    }

    private record Posted(String what, String name, int status, List<String> reasons, String location) {
    }

    /** The reasons a refused form gives, not the whole page. */
    private static List<String> reasons(String page) {
        Matcher reason = Pattern.compile("role=\"alert\"[^>]*>([^<]*)<|class=\"field__error\"[^>]*>([^<]*)<")
                .matcher(page);
        List<String> found = new ArrayList<>();
        while (reason.find()) {
            found.add(reason.group(1) != null ? reason.group(1) : reason.group(2));
        }
        return found;
    }

    /** A PNG that does not compress: every pixel random, so its size is about width × height × 3 bytes. */
    private static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(13);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xcc6633);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
