// Node's http server speaking the Fetch API Fedify expects, and a watch on the peer's own outgoing requests.
// Written by hand rather than with a framework integration package to keep the peer at Fedify and its
// vocabulary only.
import { createServer } from "node:http";

const INBOX_PATHS = /^\/(inbox|users\/[^/]+\/inbox)$/;
const MAX_BODY = 2 * 1024 * 1024;

/** Serves `handle(Request) -> Response` on host:port; inbox POSTs and their answers go to the journal. */
export function serve({ host, port, origin, handle, journal }) {
  const server = createServer(async (incoming, outgoing) => {
    try {
      const request = await toRequest(incoming, origin);
      const response = await handle(request.clone());
      if (request.method === "POST" && INBOX_PATHS.test(new URL(request.url).pathname)) {
        journal.inboxRequest(request, response.status);
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(`event=request_failed url=${incoming.url} error=${JSON.stringify(String(error))}`);
      if (!outgoing.headersSent) outgoing.writeHead(error.status ?? 500, { "Content-Type": "text/plain" });
      outgoing.end(String(error.message ?? error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

async function toRequest(incoming, origin) {
  const chunks = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  // The URL uses the pinned origin, not the Host header, so the peer's ids never depend on how it was reached.
  return new Request(new URL(incoming.url, origin), {
    method: incoming.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

/**
 * Wraps the global fetch, which Fedify calls for every delivery, so each signed request the peer sends is
 * journaled with its scheme and the status it got. Unsigned requests (lookups) pass through unrecorded.
 */
export function watchOutgoingRequests(journal) {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    // Read the headers without building a new Request, which would consume the caller's body.
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const signed = headers.has("signature") || headers.has("signature-input");
    const record = (status) => signed && journal.sent({
      method: init?.method ?? (input instanceof Request ? input.method : "GET"),
      url: input instanceof Request ? input.url : String(input),
      headers,
    }, status);
    try {
      const response = await original(input, init);
      record(response.status);
      return response;
    } catch (error) {
      record(0); // no answer at all: refused, reset or timed out
      throw error;
    }
  };
}
