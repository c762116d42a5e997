package london.patchwork.federation.signatures;

/**
 * What {@link SignatureVerifier#claim} found: either the signature's claim (scheme and
 * {@code keyId}, so the server can fetch the signer's key) or why there is no usable claim.
 */
public sealed interface ClaimOutcome permits SignatureClaim, VerificationResult.Failed {
}
