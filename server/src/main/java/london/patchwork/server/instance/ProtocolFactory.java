package london.patchwork.server.instance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.webfinger.WebFingerClient;

/**
 * The federation library's parts as beans. The fetch policy follows the instance's mode: private networks
 * and plain http only in local mode.
 */
@Factory
public class ProtocolFactory {

    /** The one Jackson mapper for the JSON trees the server keeps (stored activities read back for delivery). */
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper();
    }

    @Singleton
    ActivityJson activityJson() {
        return ActivityJson.withDefaultLimits();
    }

    @Singleton
    FetchClient fetchClient(Instance instance, PatchworkVersion version) {
        String userAgent = "Patchwork/" + version.version() + " (+" + instance.baseUri() + "/)";
        FetchPolicy policy = FetchPolicy.defaults(userAgent)
                .withPrivateNetworks(instance.allowsPrivateNetworks())
                .withPlainHttp(instance.allowsPlainHttp());
        return FetchClient.builder(policy).build();
    }

    @Singleton
    WebFingerClient webFingerClient(FetchClient fetch, Instance instance) {
        return instance.allowsPlainHttp() ? WebFingerClient.overPlainHttp(fetch) : WebFingerClient.overHttps(fetch);
    }
}
