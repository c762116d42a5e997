-- Local and remote actors in one table. Local actors' URLs are built from the instance's base URL at run
-- time (Uris), so they have no stored uri or host; remote actors are known only by theirs.
create table actors (
    id                          bigint generated always as identity primary key,
    uri                         text unique,
    type                        text        not null,
    username                    text        not null,
    host                        text,
    local                       boolean     not null,
    display_name                text,
    summary                     text,
    url                         text,
    icon_url                    text,
    inbox_uri                   text,
    shared_inbox_uri            text,
    outbox_uri                  text,
    followers_uri               text,
    following_uri               text,
    featured_uri                text,
    key_id                      text,
    public_key_pem              text,
    manually_approves_followers boolean     not null default false,
    discoverable                boolean     not null default true,
    raw                         jsonb,
    fetched_at                  timestamptz,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    constraint remote_actor_is_addressable check (local or (uri is not null and host is not null and inbox_uri is not null))
);

create unique index actors_local_username on actors (lower(username)) where local;
create index actors_host on actors (host);
create index actors_key_id on actors (key_id) where key_id is not null;

-- Private keys live apart from actors, so no query that serves an actor can carry one by accident.
create table actor_keys (
    actor_id        bigint primary key references actors (id) on delete cascade,
    private_key_pem text        not null,
    created_at      timestamptz not null default now()
);

-- Organiser tokens for the JSON API, kept only as SHA-256 hashes.
create table organiser_tokens (
    id         bigint generated always as identity primary key,
    token_hash text        not null unique,
    label      text        not null unique,
    created_at timestamptz not null default now()
);
