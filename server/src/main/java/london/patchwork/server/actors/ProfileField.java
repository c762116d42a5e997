package london.patchwork.server.actors;

/**
 * A label and value shown under a profile: Mastodon's profile field, sent as a {@code PropertyValue} in the
 * actor's {@code attachment}.
 *
 * @param value HTML, already escaped (a link is an {@code <a>})
 */
public record ProfileField(String name, String value) {
}
