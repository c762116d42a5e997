package london.patchwork.server.apps;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import london.patchwork.server.http.OAuthScope;
import org.reactivestreams.Publisher;

import java.util.Arrays;
import java.util.Optional;

/**
 * Holds an app to the scopes the member granted it. It runs before {@code @Secured} is checked and speaks only for
 * requests made with an app's token: an endpoint marked {@link OAuthScope} needs that scope; an endpoint open to
 * anyone ({@code isAnonymous()}) needs none; any other endpoint without a scope (the organiser API, a member's
 * settings) is closed to apps, so an organiser's app granted {@code read} cannot issue invitations. Session and
 * organiser-token requests carry no scopes and are left to {@code @Secured}.
 */
@Singleton
public class OAuthScopeRule implements SecurityRule<HttpRequest<?>> {

    static final String OUTSIDE_SCOPES = "patchwork.apps.outsideScopes";
    static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null || authentication == null
                || !(authentication.getAttributes().get(AppTokenAuthenticationFetcher.SCOPES) instanceof String text)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        Scopes granted = Scopes.parse(text, Scopes.DEFAULT).scopes().orElse(Scopes.DEFAULT);
        Optional<AnnotationMetadata> route = RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance).map(match -> match.getAnnotationMetadata());
        if (route.isEmpty()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (permits(granted, route.get().stringValue(OAuthScope.class),
                route.get().stringValues(Secured.class))) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        request.setAttribute(OUTSIDE_SCOPES, Boolean.TRUE);
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    /** Whether a token with {@code granted} may call an endpoint needing {@code required}, secured by {@code secured}. */
    static boolean permits(Scopes granted, Optional<String> required, String[] secured) {
        if (required.isPresent()) {
            return granted.allows(required.get());
        }
        return Arrays.asList(secured).contains(SecurityRule.IS_ANONYMOUS);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
