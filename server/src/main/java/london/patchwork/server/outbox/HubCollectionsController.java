package london.patchwork.server.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.CollectionFields;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.OrderedCollectionPage;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The hub Group's events, assets and connections for backfill: an {@code OrderedCollection} with {@code totalItems}
 * and {@code first}, pages {@code ?page=N} newest first with {@code next} and {@code prev}, each item embedded as the
 * document its id serves. Only the hub's Group has them.
 */
@Controller("/actors/{username}/collections")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
public class HubCollectionsController {

    static final int PAGE_SIZE = 50;

    private final List<HubCollection> collections;
    private final ActivityResponses responses;
    private final Uris uris;
    private final String hubUsername;

    public HubCollectionsController(List<HubCollection> collections, ActivityResponses responses, Uris uris,
                                    HubConfiguration hub) {
        this.collections = collections;
        this.responses = responses;
        this.uris = uris;
        this.hubUsername = hub.username();
    }

    @Get("/{name:events|assets|connections}")
    public HttpResponse<?> collection(@PathVariable String username, @PathVariable String name,
                                      @Nullable @QueryValue String page, HttpRequest<?> request) {
        Optional<HubCollection> collection = collections.stream().filter(found -> found.name().equals(name))
                .findFirst();
        if (!hubUsername.equals(username) || collection.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such collection");
        }
        URI id = URI.create(uris.actor(username) + "/collections/" + name);
        long total = collection.get().count();
        if (page == null) {
            return responses.document(request, new OrderedCollection(id, ObjectFields.EMPTY,
                    CollectionFields.paged((int) total, Ref.to(URI.create(id + "?page=1"))), Extras.EMPTY));
        }
        Optional<Long> number = Ids.parse(page).filter(n -> n >= 1 && n <= Integer.MAX_VALUE / PAGE_SIZE);
        if (number.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "page is a number from 1");
        }
        int n = number.get().intValue();
        List<Ref<ApObject>> items = collection.get().page((n - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(Ref::of).toList();
        Ref<ApObject> next = (long) n * PAGE_SIZE < total ? Ref.to(URI.create(id + "?page=" + (n + 1))) : null;
        Ref<ApObject> prev = n > 1 ? Ref.to(URI.create(id + "?page=" + (n - 1))) : null;
        return responses.document(request, new OrderedCollectionPage(URI.create(id + "?page=" + n),
                ObjectFields.EMPTY, new CollectionFields(null, items, null, null, null, Ref.to(id), next, prev, null),
                Extras.EMPTY));
    }
}
