// The test's remote control: plain JSON over HTTP, answered by the peer itself (never by Fedify's router).
// Every action goes through Fedify's own lookup and sendActivity, so what the hub receives is what any Fedify
// server would send. Without a message queue, sendActivity delivers before it returns, so a failed delivery
// comes back to the test as a 502 naming the cause.
import { isActor, Follow, Mention, Note, PUBLIC_COLLECTION, Undo, Create } from "@fedify/vocab";
import { Temporal } from "@js-temporal/polyfill";
import { randomUUID } from "node:crypto";

export function createControl({ federation, notes, origin, username, firstKnock, journal }) {
  const following = new Map(); // target actor id -> { follow, actor }
  const context = () => federation.createContext(new URL(origin), undefined);
  const sender = { identifier: username };

  async function lookUpActor(ctx, target) {
    const actor = await ctx.lookupObject(target);
    if (actor == null || !isActor(actor)) throw new ControlError(422, `${target} is not an actor`);
    return actor;
  }

  async function follow({ target }) {
    requireString(target, "target");
    const ctx = context();
    const actor = await lookUpActor(ctx, target);
    const activity = new Follow({
      id: new URL(`/follows/${randomUUID()}`, origin),
      actor: ctx.getActorUri(username),
      object: actor.id,
    });
    await ctx.sendActivity(sender, actor, activity);
    following.set(actor.id.href, { follow: activity, actor });
    return { follow: activity.id.href, target: actor.id.href, inbox: actor.inboxId?.href ?? null };
  }

  async function unfollow({ target }) {
    const entry = target == null ? [...following.values()].at(-1) : following.get(target);
    if (entry == null) throw new ControlError(409, `not following ${target ?? "anyone"}`);
    const ctx = context();
    const undo = new Undo({
      id: new URL(`/undos/${randomUUID()}`, origin),
      actor: ctx.getActorUri(username),
      object: entry.follow,
    });
    await ctx.sendActivity(sender, entry.actor, undo);
    following.delete(entry.actor.id.href);
    return { undo: undo.id.href, target: entry.actor.id.href };
  }

  // A public reply, addressed to the actor it answers (as Mastodon addresses a reply: to Public, cc and Mention
  // the author) and delivered to that actor's inbox.
  async function reply({ inReplyTo, content, to }) {
    requireString(inReplyTo, "inReplyTo");
    requireString(content, "content");
    const ctx = context();
    const addressee = to ?? [...following.keys()].at(-1);
    if (addressee == null) throw new ControlError(409, "no addressee: pass 'to' or follow someone first");
    const actor = await lookUpActor(ctx, addressee);
    const id = randomUUID();
    const note = new Note({
      id: ctx.getObjectUri(Note, { id }),
      attribution: ctx.getActorUri(username),
      content: `<p>${escapeHtml(content)}</p>`,
      replyTarget: new URL(inReplyTo),
      published: Temporal.Now.instant(),
      to: PUBLIC_COLLECTION,
      ccs: [actor.id, ctx.getFollowersUri(username)],
      tags: [new Mention({ href: actor.id, name: `@${actor.preferredUsername}@${actor.id.host}` })],
    });
    notes.set(id, note);
    const create = new Create({
      id: new URL(`/creates/${id}`, origin),
      actor: ctx.getActorUri(username),
      object: note,
      published: note.published,
      to: PUBLIC_COLLECTION,
      ccs: note.ccIds,
    });
    await ctx.sendActivity(sender, actor, create);
    return { create: create.id.href, note: note.id.href, to: actor.id.href };
  }

  const routes = {
    "GET /health": async () => ({
      status: "ok",
      actor: context().getActorUri(username).href,
      firstKnock,
    }),
    "GET /control/inbox": async () => journal.snapshot(),
    "POST /control/follow": follow,
    "POST /control/unfollow": unfollow,
    "POST /control/reply": reply,
  };

  /** Answers a control request, or returns null when the path is Fedify's. */
  return async function handle(request) {
    const path = new URL(request.url).pathname;
    const route = routes[`${request.method} ${path}`];
    if (route == null) return null;
    try {
      const body = request.method === "POST" ? await readJson(request) : {};
      return json(200, await route(body));
    } catch (error) {
      const status = error instanceof ControlError ? error.status : 502;
      console.error(`event=control_failed path=${path} status=${status} error=${JSON.stringify(String(error))}`);
      return json(status, { error: String(error?.message ?? error) });
    }
  };
}

class ControlError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function requireString(value, name) {
  if (typeof value !== "string" || value.length === 0) throw new ControlError(400, `'${name}' is required`);
}

async function readJson(request) {
  const text = await request.text();
  if (text.length === 0) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlError(400, "the body is not JSON");
  }
}

function json(status, value) {
  return new Response(JSON.stringify(value), { status, headers: { "Content-Type": "application/json" } });
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
