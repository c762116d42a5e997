/**
 * HTTP signatures for ActivityPub: draft-cavage-12 as Mastodon uses it and RFC 9421 HTTP Message
 * Signatures, with {@code Digest} and RFC 9530 {@code Content-Digest}.
 *
 * <p>Outgoing: {@link london.patchwork.federation.signatures.CavageSigner} and
 * {@link london.patchwork.federation.signatures.MessageSigner} implement
 * {@link london.patchwork.federation.signatures.RequestSigner}. Incoming:
 * {@link london.patchwork.federation.signatures.SignatureVerifier} first reports the claimed key
 * ({@code claim}), then verifies against the fetched key at a given instant ({@code verify}),
 * returning a {@link london.patchwork.federation.signatures.VerificationResult} rather than
 * throwing. Keys: {@link london.patchwork.federation.signatures.PemKeys},
 * {@link london.patchwork.federation.signatures.JwkKeys},
 * {@link london.patchwork.federation.signatures.Multikey},
 * {@link london.patchwork.federation.signatures.KeyPairs}. The profile is written down in
 * {@code docs/federation/http-signatures.md}.
 */
package london.patchwork.federation.signatures;
