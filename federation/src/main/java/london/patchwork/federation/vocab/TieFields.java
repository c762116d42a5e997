package london.patchwork.federation.vocab;

/**
 * What Patchwork says about a {@link Relationship} beyond its ends and type (Patchwork context, prefix {@code pw}).
 *
 * @param mutual   {@code pw:mutual}: the tie reads the same both ways
 * @param strength {@code pw:strength}: 1 (weak) to 5 (strong)
 */
public record TieFields(Boolean mutual, Integer strength) {

    /** Nothing set. */
    public static final TieFields EMPTY = new TieFields(null, null);
}
