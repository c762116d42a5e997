// Drives the masto library (https://github.com/neet/masto.js) for the Java tests, as a Mastodon app would:
//   node client.mjs <command> '<json arguments>'
// and prints one JSON line: {"ok": result} or {"failed": {"status": 401, "message": "..."}}.
// Commands:
//   registerApp {url, clientName, redirectUris, scopes, website}
//   token       {url, clientId, clientSecret, redirectUri, code, codeVerifier?, scope?}
//   revoke      {url, clientId, clientSecret, token}
//   call        {url, accessToken, path: "v1.accounts.verifyCredentials", params?}
//               path segments may be $select(id), e.g. "v1.accounts.$select(12).follow", so any REST method of
//               the library can be called by name.
import { createOAuthAPIClient, createRestAPIClient } from "masto";

const [command, json] = process.argv.slice(2);
const args = JSON.parse(json ?? "{}");

async function run() {
  switch (command) {
    case "registerApp":
      return createRestAPIClient({ url: args.url }).v1.apps.create({
        clientName: args.clientName,
        redirectUris: args.redirectUris,
        scopes: args.scopes,
        website: args.website,
      });
    case "token": {
      const params = {
        grantType: "authorization_code",
        clientId: args.clientId,
        clientSecret: args.clientSecret,
        redirectUri: args.redirectUri,
        code: args.code,
        scope: args.scope,
      };
      // Not in masto's typed parameters, but sent as code_verifier like every other parameter (snake_cased).
      if (args.codeVerifier) params.codeVerifier = args.codeVerifier;
      return createOAuthAPIClient({ url: args.url }).token.create(params);
    }
    case "revoke":
      await createOAuthAPIClient({ url: args.url }).revoke({
        clientId: args.clientId,
        clientSecret: args.clientSecret,
        token: args.token,
      });
      return {};
    case "call": {
      let target = createRestAPIClient({ url: args.url, accessToken: args.accessToken });
      for (const segment of args.path.split(".")) {
        const select = /^\$select\((.*)\)$/.exec(segment);
        target = select ? target.$select(select[1]) : target[segment];
      }
      return args.params === undefined ? target() : target(args.params);
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

try {
  const result = await run();
  process.stdout.write(JSON.stringify({ ok: result ?? null }) + "\n");
} catch (error) {
  process.stdout.write(JSON.stringify({
    failed: { status: error.statusCode ?? 0, message: String(error.message), name: error.name },
  }) + "\n");
}
