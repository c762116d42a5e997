// The Fedify side of the peer: one Person actor with an RSA key (HTTP signatures) and an Ed25519 key
// (Object Integrity Proofs), its notes, and inbox listeners that write every verified activity to the journal.
import { createFederation, generateCryptoKeyPair, MemoryKvStore } from "@fedify/fedify";
import {
  Accept, Activity, Announce, Create, Delete, Endpoints, Follow, Like, Note, Person, Reject, Undo, Update,
} from "@fedify/vocab";

const ACTOR_PATH = "/users/{identifier}";
const INBOX_PATH = "/users/{identifier}/inbox";
const SHARED_INBOX_PATH = "/inbox";
const FOLLOWERS_PATH = "/users/{identifier}/followers";
const NOTE_PATH = "/notes/{id}";

/**
 * @param options.origin     the peer's own origin, e.g. http://127.0.0.1:4567 (pinned, since Fedify otherwise
 *                           takes it from each request's Host and localhost is another origin to it)
 * @param options.username   the one actor's identifier
 * @param options.firstKnock "rfc9421" or "draft-cavage-http-signatures-12"
 * @param options.journal    where verified activities are recorded
 */
export async function createPeerFederation({ origin, username, firstKnock, journal }) {
  const keys = [
    await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"),
    await generateCryptoKeyPair("Ed25519"),
  ];
  const notes = new Map();
  const federation = createFederation({
    kv: new MemoryKvStore(),
    origin,
    // Loopback only: the hub under test runs on 127.0.0.1. Never outside tests.
    allowPrivateAddress: true,
    firstKnock,
  });

  federation
    .setActorDispatcher(ACTOR_PATH, async (ctx, identifier) => {
      if (identifier !== username) return null;
      const pairs = await ctx.getActorKeyPairs(identifier);
      return new Person({
        id: ctx.getActorUri(identifier),
        preferredUsername: identifier,
        name: "Fedify interop peer",
        summary: "A test peer built on Fedify; it follows hubs and replies when told to.",
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        followers: ctx.getFollowersUri(identifier),
        url: ctx.getActorUri(identifier),
        publicKey: pairs[0].cryptographicKey,
        assertionMethods: pairs.map((pair) => pair.multikey),
      });
    })
    .setKeyPairsDispatcher((_ctx, identifier) => (identifier === username ? keys : []));

  // Nobody follows the peer; the collection exists because real servers always publish one.
  federation.setFollowersDispatcher(FOLLOWERS_PATH, (_ctx, identifier) =>
    identifier === username ? { items: [] } : null);

  federation.setObjectDispatcher(Note, NOTE_PATH, (_ctx, values) => notes.get(values.id) ?? null);

  const listeners = federation.setInboxListeners(INBOX_PATH, SHARED_INBOX_PATH);
  // One listener per type the test looks for; the catch-all on Activity records anything else, since Fedify
  // would otherwise answer 202 and drop an unregistered type without a trace.
  for (const type of [Accept, Reject, Create, Update, Delete, Announce, Like, Follow, Undo, Activity]) {
    listeners.on(type, async (ctx, activity) => journal.activity(await describe(ctx, activity)));
  }
  listeners.onError((_ctx, error) => console.error(`event=inbox_listener_failed error=${JSON.stringify(String(error))}`));

  return { federation, notes };
}

// The journal entry for one verified activity: the summary fields a test asserts on, and the whole activity as
// Fedify understood it (compacted JSON-LD), for anything else.
async function describe(ctx, activity) {
  const object = await objectOf(ctx, activity);
  return {
    type: activity.constructor.name,
    id: activity.id?.href ?? null,
    actor: activity.actorId?.href ?? null,
    recipient: ctx.recipient,
    object: activity.objectId?.href ?? object?.id?.href ?? null,
    objectType: object?.constructor?.name ?? null,
    inReplyTo: object?.replyTargetId?.href ?? null,
    content: object?.content?.toString() ?? null,
    json: await activity.toJsonLd({ contextLoader: ctx.contextLoader }),
  };
}

// The object as embedded in the activity; never fetched, so that recording cannot fail or reach further.
async function objectOf(ctx, activity) {
  try {
    return await activity.getObject({ documentLoader: noFetch, contextLoader: ctx.contextLoader });
  } catch {
    return null;
  }
}

async function noFetch(url) {
  throw new Error(`the journal does not fetch ${url}`);
}
