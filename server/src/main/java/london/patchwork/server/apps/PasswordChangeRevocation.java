package london.patchwork.server.apps;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.members.MemberService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/** A new password ends every app token the member gave, so an account taken back is taken back from apps too. */
@Singleton
public class PasswordChangeRevocation {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordChangeRevocation.class);

    private final AccessTokenRepository tokens;

    public PasswordChangeRevocation(AccessTokenRepository tokens) {
        this.tokens = tokens;
    }

    @EventListener
    void onPasswordChanged(MemberService.PasswordChanged changed) {
        int revoked = tokens.revokeAllOf(changed.memberActorId(), Instant.now());
        LOG.info("event=app_tokens_revoked actorId={} count={} reason=password_changed", changed.memberActorId(),
                revoked);
    }
}
