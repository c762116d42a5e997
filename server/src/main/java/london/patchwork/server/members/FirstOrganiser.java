package london.patchwork.server.members;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.database.AdvisoryLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The first organiser, from configuration ({@code PATCHWORK_FIRST_ORGANISER_HANDLE}, {@code _EMAIL} and
 * {@code _PASSWORD}): made on start while the hub has no organiser, ignored once it has one. A half-given or
 * unusable setting stops the hub with a message saying what to fix, rather than starting a hub no one can run.
 */
@Singleton
public class FirstOrganiser {

    private static final Logger LOG = LoggerFactory.getLogger(FirstOrganiser.class);

    private final MemberRepository members;
    private final NewMembers newMembers;
    private final AdvisoryLocks locks;
    private final TransactionOperations<Connection> transactions;
    private final Optional<MemberForm> configured;

    public FirstOrganiser(MemberRepository members, NewMembers newMembers, AdvisoryLocks locks,
                          TransactionOperations<Connection> transactions,
                          @Nullable @Value("${patchwork.first-organiser.handle:}") String handle,
                          @Nullable @Value("${patchwork.first-organiser.email:}") String email,
                          @Nullable @Value("${patchwork.first-organiser.password:}") String password) {
        this.members = members;
        this.newMembers = newMembers;
        this.locks = locks;
        this.transactions = transactions;
        this.configured = configured(handle, email, password);
    }

    static Optional<MemberForm> configured(String handle, String email, String password) {
        boolean any = !blank(handle) || !blank(email) || !blank(password);
        if (!any) {
            return Optional.empty();
        }
        if (blank(handle) || blank(email) || blank(password)) {
            throw new IllegalStateException("set all three of PATCHWORK_FIRST_ORGANISER_HANDLE, "
                    + "PATCHWORK_FIRST_ORGANISER_EMAIL and PATCHWORK_FIRST_ORGANISER_PASSWORD, or none");
        }
        MemberForm form = new MemberForm(handle, handle, email, password);
        MemberForm.Errors errors = form.validate();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("PATCHWORK_FIRST_ORGANISER_* cannot make an account: "
                    + errors.byField().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return Optional.of(form);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        configured.ifPresent(form -> transactions.executeWrite(status -> {
            ensure(form);
            return null;
        }));
    }

    private void ensure(MemberForm form) {
        // Several processes may start at once on one database: one makes the organiser, the others see it.
        locks.lockForTransaction(AdvisoryLocks.Key.MEMBER_ROLES);
        if (members.countOrganisers() > 0) {
            LOG.info("event=first_organiser_skipped reason=\"the hub has an organiser\"");
            return;
        }
        try {
            Actor made = newMembers.create(form, MemberRole.ORGANISER, Clock.systemUTC().instant(), null);
            LOG.info("event=first_organiser_created username={}", made.username());
        } catch (NewMembers.Invalid invalid) {
            throw new IllegalStateException("PATCHWORK_FIRST_ORGANISER_* cannot make an account: "
                    + String.join("; ", invalid.errors().byField().values()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
