// What the peer saw, in order, for the test to read back through the control API. Three logs, because they
// answer different questions: which activities Fedify verified and handed to a listener (and from whom), which
// requests reached the inbox at all (with the status Fedify answered, so a rejected signature shows as 401),
// and which signed requests the peer sent (with the signature scheme actually used, so a silent fallback from
// RFC 9421 to draft-cavage by double-knocking cannot pass unnoticed).

/** The signature scheme a request carries, read from its headers. */
export function signatureScheme(headers) {
  if (headers.get("signature-input") != null) return "rfc9421";
  const signature = headers.get("signature");
  if (signature != null && /keyId=/i.test(signature)) return "draft-cavage";
  return "none";
}

/** The key a request claims to be signed with, or null. */
export function signatureKeyId(headers) {
  const input = headers.get("signature-input");
  if (input != null) return input.match(/keyid="([^"]*)"/i)?.[1] ?? null;
  return headers.get("signature")?.match(/keyId="([^"]*)"/i)?.[1] ?? null;
}

export class Journal {
  #activities = [];
  #inboxRequests = [];
  #sent = [];

  /** An activity that passed Fedify's signature check; `actor` is the verified sender. */
  activity(entry) {
    this.#activities.push({ seq: this.#activities.length + 1, receivedAt: new Date().toISOString(), ...entry });
  }

  /** A POST that reached an inbox path, whatever Fedify made of it. */
  inboxRequest(request, status) {
    this.#inboxRequests.push({
      seq: this.#inboxRequests.length + 1,
      path: new URL(request.url).pathname,
      scheme: signatureScheme(request.headers),
      keyId: signatureKeyId(request.headers),
      status,
    });
  }

  /** A signed request the peer sent, with the answer it got. */
  sent(request, status) {
    this.#sent.push({
      seq: this.#sent.length + 1,
      method: request.method,
      url: request.url,
      scheme: signatureScheme(request.headers),
      keyId: signatureKeyId(request.headers),
      status,
    });
  }

  snapshot() {
    return { activities: this.#activities, inboxRequests: this.#inboxRequests, sent: this.#sent };
  }
}
