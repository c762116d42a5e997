package london.patchwork.server.members;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Roles;
import org.reactivestreams.Publisher;

/**
 * Sensitive management endpoints (Prometheus metrics, health details) are for organisers: a request with the
 * organiser token passes, any other is refused. Micronaut Security refuses every sensitive endpoint until an
 * application says who may see them.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
public class OrganiserSensitiveEndpointRule extends SensitiveEndpointRule {

    public OrganiserSensitiveEndpointRule(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                        Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Publishers.just(authentication.getRoles().contains(Roles.ORGANISER)
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
