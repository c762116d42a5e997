package london.patchwork.server.connections;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

/** The transactions behind {@link ConnectionService}: each write and its {@link ConnectionService.Changed} together. */
@Singleton
class TieWriter {

    private static final Pattern SLUG = Pattern.compile("^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$");

    private final TieRepository ties;
    private final TieTypeRepository types;
    private final ApplicationEventPublisher<ConnectionService.Changed> changes;

    TieWriter(TieRepository ties, TieTypeRepository types,
              ApplicationEventPublisher<ConnectionService.Changed> changes) {
        this.ties = ties;
        this.types = types;
        this.changes = changes;
    }

    @Transactional
    Tie create(long author, TieInput input, ConnectionService.End subject, ConnectionService.End object,
               boolean mutual) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Tie blank = new Tie(null, input.type(), null, null, null, null, mutual, (short) input.strength(), "", null,
                author, now, now, null);
        Tie saved = save(blank.with(input, subject, object, mutual, now), true);
        changes.publishEvent(new ConnectionService.Changed(ConnectionService.Changed.Kind.CREATED, saved));
        return saved;
    }

    @Transactional
    Tie edit(long id, ConnectionEditor editor, TieInput input, ConnectionService.End subject,
             ConnectionService.End object, boolean mutual) {
        Tie tie = changeable(id, editor);
        Tie saved = save(tie.with(input, subject, object, mutual, Instant.now().truncatedTo(ChronoUnit.MICROS)),
                false);
        changes.publishEvent(new ConnectionService.Changed(ConnectionService.Changed.Kind.EDITED, saved));
        return saved;
    }

    @Transactional
    void delete(long id, ConnectionEditor editor) {
        Tie tie = changeable(id, editor);
        Tie deleted = ties.update(tie.withDeletedAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        changes.publishEvent(new ConnectionService.Changed(ConnectionService.Changed.Kind.DELETED, deleted));
    }

    @Transactional
    TieType addType(ConnectionEditor editor, String slug, String name, boolean mutual) {
        if (!editor.moderator()) {
            throw new ConnectionService.Forbidden("only organisers and moderators add connection types");
        }
        String wanted = slug == null ? "" : slug.strip();
        String label = name == null ? "" : name.strip();
        if (!SLUG.matcher(wanted).matches()) {
            throw new ConnectionService.Invalid(Map.of("slug", "slug must be lower-case words joined by hyphens"));
        }
        if (label.isEmpty() || label.length() > 80) {
            throw new ConnectionService.Invalid(Map.of("name", "name must be 1 to 80 characters"));
        }
        if (types.add(wanted, label, mutual) == 0) {
            throw new ConnectionService.Invalid(Map.of("slug", "there is already a type " + wanted));
        }
        return types.findBySlug(wanted).orElseThrow();
    }

    private Tie save(Tie tie, boolean isNew) {
        try {
            return isNew ? ties.save(tie) : ties.update(tie);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // The unique index on (type, subject, object) among live ties: the same tie twice says nothing new.
            if (String.valueOf(e.getMessage()).contains("ties_once")) {
                throw new ConnectionService.Invalid(Map.of("object", "these two are already connected this way"));
            }
            throw e;
        }
    }

    private Tie changeable(long id, ConnectionEditor editor) {
        Tie tie = ties.lock(id).filter(found -> !found.deleted()).orElseThrow(ConnectionService.NotFound::new);
        if (!editor.mayChange(tie)) {
            throw new ConnectionService.Forbidden(
                    "only whoever recorded this connection, moderators and organisers may change it");
        }
        return tie;
    }
}
