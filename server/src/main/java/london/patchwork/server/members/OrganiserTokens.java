package london.patchwork.server.members;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.instance.Instance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The organiser tokens that open the JSON API. The token from configuration ({@code PATCHWORK_ADMIN_TOKEN})
 * is hashed at start-up and only the hash is kept, in memory and in the database; removing it from the
 * configuration revokes it at the next start. Tokens are long random strings, so one SHA-256 is enough: a
 * slow password hash would only slow every API call.
 */
@Context
public class OrganiserTokens {

    static final String BOOTSTRAP_LABEL = "bootstrap";
    private static final int MINIMUM_LENGTH = 16;
    private static final Logger LOG = LoggerFactory.getLogger(OrganiserTokens.class);

    private final OrganiserTokenRepository repository;
    private volatile Set<String> hashes = Set.of();

    public OrganiserTokens(OrganiserTokenRepository repository, Instance instance,
                           @Nullable @Value("${patchwork.admin-token:}") String configuredToken) {
        this.repository = repository;
        bootstrap(configuredToken, instance.localMode());
        reload();
    }

    private void bootstrap(@Nullable String token, boolean localMode) {
        if (token == null || token.isBlank()) {
            repository.deleteByLabel(BOOTSTRAP_LABEL);
            LOG.info("event=organiser_api_closed reason=\"no PATCHWORK_ADMIN_TOKEN configured\"");
            return;
        }
        if (token.strip().length() < MINIMUM_LENGTH) {
            if (!localMode) {
                throw new ConfigurationException("PATCHWORK_ADMIN_TOKEN must be at least " + MINIMUM_LENGTH
                        + " characters long; generate one with: openssl rand -hex 32");
            }
            LOG.warn("event=organiser_token_short length_below={} note=\"allowed in local mode only\"", MINIMUM_LENGTH);
        }
        String hash = SecretTokens.hash(token.strip());
        repository.upsert(hash, BOOTSTRAP_LABEL);
        LOG.info("event=organiser_api_open token=configured");
    }

    /** Picks up tokens added or removed by other server processes sharing the database. */
    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    void reload() {
        hashes = StreamSupport.stream(repository.findAll().spliterator(), false)
                .map(OrganiserToken::tokenHash)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when the presented token is a current organiser token. */
    public boolean accepts(@Nullable String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] candidate = SecretTokens.hash(presented.strip()).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        // Compare against every hash in constant time, so timing says nothing about how close a guess came.
        for (String known : hashes) {
            found |= MessageDigest.isEqual(candidate, known.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }
}
