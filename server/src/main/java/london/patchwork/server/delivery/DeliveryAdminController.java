package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import london.patchwork.server.http.Roles;

import java.util.Locale;

/** The organiser's view of outgoing delivery: queue depth, failing hosts, recent failures, and a retry button. */
@Controller("/api/admin/delivery")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeliveryAdminController {

    private final DeliveryReports reports;
    private final DeliveryRequeue requeue;

    public DeliveryAdminController(DeliveryReports reports, DeliveryRequeue requeue) {
        this.reports = reports;
        this.requeue = requeue;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    public DeliveryStatus status() {
        return reports.status();
    }

    /** Requeues failed jobs, all of them or one host's ({@code ?domain=host[:port]}), and closes the circuits. */
    @Post("/retry")
    @Produces(MediaType.APPLICATION_JSON)
    public DeliveryStatus.Retry retry(@Nullable @QueryValue String domain) {
        return requeue.retryFailed(domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT));
    }
}
