-- Mastodon apps (OAuth 2 clients) and what members grant them. Client secrets, authorisation codes and access
-- tokens are random and kept only as SHA-256 hashes, so a copy of the database authorises nothing.
create table oauth_apps (
    id                 bigint      generated always as identity primary key,
    name               text        not null,
    website            text,
    -- one URI per line, as Mastodon's API gives them
    redirect_uris      text        not null,
    scopes             text        not null,
    client_id          text        not null unique,
    client_secret_hash text        not null,
    created_at         timestamptz not null default now()
);

-- A code is single-use: used_at is set by the exchange, and a second exchange revokes what the first issued.
create table oauth_codes (
    id                    bigint      generated always as identity primary key,
    code_hash             text        not null unique,
    app_id                bigint      not null references oauth_apps (id) on delete cascade,
    member_actor_id       bigint      not null references members (actor_id) on delete cascade,
    redirect_uri          text        not null,
    scopes                text        not null,
    code_challenge        text,
    created_at            timestamptz not null default now(),
    expires_at            timestamptz not null,
    used_at               timestamptz
);

create index oauth_codes_app on oauth_codes (app_id);

-- member_actor_id is null for an app's own token (client_credentials).
create table oauth_tokens (
    id              bigint      generated always as identity primary key,
    token_hash      text        not null unique,
    app_id          bigint      not null references oauth_apps (id) on delete cascade,
    member_actor_id bigint      references members (actor_id) on delete cascade,
    code_id         bigint      references oauth_codes (id) on delete set null,
    scopes          text        not null,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

create index oauth_tokens_member on oauth_tokens (member_actor_id) where revoked_at is null;
create index oauth_tokens_code on oauth_tokens (code_id);

-- Where a member stopped reading, per timeline, shared between their apps (Mastodon's markers).
create table markers (
    member_actor_id bigint      not null references members (actor_id) on delete cascade,
    timeline        text        not null check (timeline in ('home', 'notifications')),
    last_read_id    text        not null,
    version         integer     not null default 1,
    updated_at      timestamptz not null default now(),
    primary key (member_actor_id, timeline)
);
