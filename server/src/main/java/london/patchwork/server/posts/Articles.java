package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.media.MediaService;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Blog articles as the API shows them, and drafts from what a client or a form sent. */
@Singleton
class Articles {

    private final PostRepository posts;
    private final PostTags tags;
    private final MediaService media;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;

    Articles(PostRepository posts, PostTags tags, MediaService media, ActorRepository actors,
             LocalActorUris actorUris) {
        this.posts = posts;
        this.tags = tags;
        this.media = media;
        this.actors = actors;
        this.actorUris = actorUris;
    }

    /** A live, public or unlisted article, local or remote, by id. */
    Optional<Post> find(long id) {
        return posts.findById(id).filter(post -> "Article".equals(post.type()) && !post.deleted()
                && (post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED));
    }

    ArticleJson json(Post article) {
        Actor author = actors.findById(article.authorId()).orElseThrow();
        List<MediaService.Attachment> images = media.of(article.id());
        String name = author.displayName() == null || author.displayName().isBlank() ? author.username()
                : author.displayName();
        return new ArticleJson(String.valueOf(article.id()), article.uri(),
                article.url() != null ? article.url() : article.uri(), article.name() == null ? "" : article.name(),
                article.summary(), article.contentHtml() == null ? "" : article.contentHtml(), article.sourceText(),
                tags.of(article.id()), article.language(), article.visibility().apiName(),
                images.isEmpty() ? null : MediaService.toJson(images.getFirst()),
                new ArticleJson.Author(String.valueOf(author.id()),
                        author.local() ? author.username() : author.username() + "@" + author.host(), name,
                        author.local() ? String.valueOf(actorUris.profilePage(author))
                                : author.url() != null ? author.url() : author.uri()),
                article.published().toString(), article.updated() == null ? null : article.updated().toString(),
                posts.countConversation(article.id()));
    }

    /** A draft of an article from the fields a client or form sent; LongFormService checks it. */
    static LongFormService.Draft draft(ArticleJson.Input input) {
        Visibility visibility = input.visibility() == null || input.visibility().isBlank() ? Visibility.PUBLIC
                : Visibility.fromApiName(input.visibility()).orElse(Visibility.DIRECT);
        return new LongFormService.Draft("Article", input.title(), input.summary(), input.body(),
                input.coverMediaId(), input.tags() == null ? List.of() : input.tags(), visibility, input.language(),
                null, null);
    }

    /** Tags as people type them in one field: separated by commas or spaces, with or without {@code #}. */
    static List<String> tagsFrom(@Nullable String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(tag -> !tag.isBlank())
                .toList();
    }

    /** The typed form of tags: {@code garden, repair}. */
    String typedTags(long articleId) {
        return String.join(", ", tags.of(articleId));
    }
}
