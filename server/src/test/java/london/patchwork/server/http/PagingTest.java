package london.patchwork.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    private static final URI BASE = URI.create("https://hackney.example");

    @Test
    void readsMastodonsParametersAndKeepsTheLimitWithinBounds() {
        Paging paging = Paging.of(HttpRequest.GET("/api/v1/timelines/home?max_id=90&since_id=10&limit=500"));
        assertThat(paging.maxId()).isEqualTo(90);
        assertThat(paging.after()).isEqualTo(10);
        assertThat(paging.ascending()).isFalse();
        assertThat(paging.limit()).isEqualTo(Paging.MAX_LIMIT);

        Paging up = Paging.of(HttpRequest.GET("/api/v1/timelines/home?min_id=10&since_id=5&limit=0"));
        assertThat(up.after()).as("min_id wins over since_id").isEqualTo(10);
        assertThat(up.ascending()).isTrue();
        assertThat(up.limit()).isEqualTo(1);

        Paging nonsense = Paging.of(HttpRequest.GET("/api/v1/timelines/home?max_id=abc&limit=lots"));
        assertThat(nonsense.maxId()).isNull();
        assertThat(nonsense.limit()).isEqualTo(Paging.DEFAULT_LIMIT);
    }

    @Test
    void linksTheOlderAndNewerPagesKeepingTheFilters() {
        HttpRequest<?> request = HttpRequest.GET("/api/v1/notifications?types%5B%5D=mention&limit=2&max_id=99");
        Paging paging = Paging.of(request);
        MutableHttpResponse<?> response = paging.link(HttpResponse.ok(), request, BASE, List.of(42L, 17L));
        assertThat(response.getHeaders().get("Link")).isEqualTo(
                "<https://hackney.example/api/v1/notifications?types%5B%5D=mention&limit=2&max_id=17>; rel=\"next\", "
                        + "<https://hackney.example/api/v1/notifications?types%5B%5D=mention&limit=2&min_id=42>; "
                        + "rel=\"prev\"");
        assertThat(paging.link(HttpResponse.ok(), request, BASE, List.of()).getHeaders().get("Link"))
                .as("an empty page links nowhere").isNull();
    }
}
