package london.patchwork.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A poll. Options are Notes whose {@code name} is the option text and whose
 * {@code replies.totalItems} is the vote count; a vote arrives as a {@link Create} of a Note with
 * that {@code name} and {@code inReplyTo} the Question. The closing time is {@code fields().endTime()}.
 *
 * @param id          the poll's IRI
 * @param fields      object properties (content is the question)
 * @param oneOf       options of a single-choice poll
 * @param anyOf       options of a multiple-choice poll
 * @param closed      when it closed, or null
 * @param votersCount Mastodon: how many people voted
 * @param extra       properties not modelled
 */
public record Question(URI id, ObjectFields fields, List<Ref<ApObject>> oneOf, List<Ref<ApObject>> anyOf,
                       Instant closed, Integer votersCount, Extras extra) implements AsObject {

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public Question {
        oneOf = Lists.copy(oneOf);
        anyOf = Lists.copy(anyOf);
    }

    @Override
    public String type() {
        return "Question";
    }
}
