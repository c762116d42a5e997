/**
 * Typed ActivityStreams 2.0 vocabulary: one record per type Patchwork reads or publishes, and
 * {@link london.patchwork.federation.vocab.ActivityJson}, the one way between bytes and records.
 *
 * <p>Conventions every record follows:
 * <ul>
 *   <li>The base type is {@link london.patchwork.federation.vocab.ApObject}; Objects carry their
 *       common properties in {@link london.patchwork.federation.vocab.ObjectFields}, actors add
 *       {@link london.patchwork.federation.vocab.ActorFields}, activities
 *       {@link london.patchwork.federation.vocab.ActivityFields}.</li>
 *   <li>Scalar components are {@code null} when absent; lists and maps are empty, never null. A
 *       property that may hold one value or several is a list; AS2 functional properties are single.</li>
 *   <li>A value that may be an IRI or an embedded object is a {@link london.patchwork.federation.vocab.Ref}.</li>
 *   <li>Nothing is silently dropped: properties a record does not model, values of the wrong shape
 *       and further {@code type}s are kept in {@link london.patchwork.federation.vocab.Extras} and
 *       written back.</li>
 *   <li>Lenient reading, strict identity: a malformed optional value (an IRI that does not parse, a
 *       date that does not, a value of the wrong kind) is dropped from the typed fields, into the extras;
 *       a malformed id, type, actor, author, inbox or key refuses the document.</li>
 *   <li>Unknown types read as {@link london.patchwork.federation.vocab.GenericObject} or
 *       {@link london.patchwork.federation.vocab.GenericActivity}, never as an error.</li>
 * </ul>
 * docs/federation/vocabulary.md records the canonical context and which peer sends what.
 */
package london.patchwork.federation.vocab;
