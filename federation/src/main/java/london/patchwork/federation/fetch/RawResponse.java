package london.patchwork.federation.fetch;

/**
 * A response as read off the wire, before any checks of what it means.
 *
 * @param status    the status code
 * @param headers   the headers
 * @param body      the body, possibly cut short (see {@code truncated})
 * @param truncated whether reading stopped at the excerpt limit
 */
record RawResponse(int status, HttpHeaders headers, byte[] body, boolean truncated) {
}
