-- Signed-in browsers. The cookie holds a random token; only its SHA-256 is kept, so a copy of the database signs
-- no one in.
create table member_sessions (
    id              bigint      generated always as identity primary key,
    token_hash      text        not null unique,
    member_actor_id bigint      not null references members (actor_id) on delete cascade,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null
);

create index member_sessions_member on member_sessions (member_actor_id);
