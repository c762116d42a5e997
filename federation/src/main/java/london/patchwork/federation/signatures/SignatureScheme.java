package london.patchwork.federation.signatures;

/** The two HTTP signature formats seen in the fediverse. */
public enum SignatureScheme {
    /**
     * draft-cavage-http-signatures-12: one {@code Signature} header with {@code keyId},
     * {@code algorithm}, {@code headers} and {@code signature}. What Mastodon and nearly every
     * ActivityPub server send.
     */
    DRAFT_CAVAGE_12,
    /** RFC 9421 HTTP Message Signatures: {@code Signature-Input} plus {@code Signature}. */
    RFC_9421
}
