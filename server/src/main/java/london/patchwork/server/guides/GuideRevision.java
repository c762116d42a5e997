package london.patchwork.server.guides;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One save of a guide, never changed afterwards.
 *
 * @param body     the Markdown as the member typed it
 * @param bodyHtml the Markdown rendered and sanitised, as pages and peers show it
 * @param summary  the member's note of what they changed
 */
@MappedEntity("guide_revisions")
public record GuideRevision(
        @Id @GeneratedValue @Nullable Long id,
        long guideId,
        int number,
        String title,
        String topic,
        String body,
        String bodyHtml,
        long authorId,
        String summary,
        Instant createdAt) {
}
