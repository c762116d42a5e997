#!/usr/bin/env node
// A small ActivityPub server built on Fedify, for Patchwork's interop tests: one Person actor, an inbox that
// records what arrives, and a JSON control API (see ../../../../docs/federation/interop.md).
//
//   node peer.mjs --port 4567 [--host 127.0.0.1] [--username peer] [--signatures rfc9421|draft-cavage]
//                 [--log-level info]
//
// Node 20 has no global `navigator`; Fedify's key import reads it (Node 21+ defines it).
globalThis.navigator ??= { userAgent: `Node.js/${process.versions.node}` };

import { AsyncLocalStorage } from "node:async_hooks";
import { parseArgs } from "node:util";
import { configure, getConsoleSink } from "@logtape/logtape";
import { createControl } from "./lib/control.mjs";
import { createPeerFederation } from "./lib/federation.mjs";
import { serve, watchOutgoingRequests } from "./lib/http.mjs";
import { Journal } from "./lib/journal.mjs";

const SCHEMES = { "rfc9421": "rfc9421", "draft-cavage": "draft-cavage-http-signatures-12" };

const { values: args } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: process.env.PEER_PORT },
    username: { type: "string", default: "peer" },
    signatures: { type: "string", default: "rfc9421" },
    "log-level": { type: "string", default: "info" },
  },
});
const port = Number.parseInt(args.port ?? "", 10);
const firstKnock = SCHEMES[args.signatures];
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail("--port (or PEER_PORT) must be a TCP port");
if (firstKnock == null) fail(`--signatures must be one of ${Object.keys(SCHEMES).join(", ")}`);

await configure({
  sinks: { console: getConsoleSink() },
  contextLocalStorage: new AsyncLocalStorage(),
  loggers: [
    { category: "fedify", sinks: ["console"], lowestLevel: args["log-level"] },
    { category: ["logtape", "meta"], sinks: ["console"], lowestLevel: "warning" },
  ],
});

const origin = `http://${args.host}:${port}`;
const journal = new Journal();
watchOutgoingRequests(journal);
const { federation, notes } = await createPeerFederation({ origin, username: args.username, firstKnock, journal });
const control = createControl({ federation, notes, origin, username: args.username, firstKnock, journal });

const handle = async (request) =>
  (await control(request)) ??
  (await federation.fetch(request, {
    contextData: undefined,
    onNotFound: () => new Response("Not Found", { status: 404 }),
    onNotAcceptable: () => new Response("Not Acceptable", { status: 406 }),
  }));

const server = await serve({ host: args.host, port, origin, handle, journal });
console.log(`event=peer_started origin=${origin} actor=${origin}/users/${args.username} first_knock=${firstKnock}`);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

function fail(message) {
  console.error(`event=bad_arguments error=${JSON.stringify(message)}`);
  process.exit(2);
}
