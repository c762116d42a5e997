-- Members: people with an account on this hub. Each is a local Person actor (actors.id), so the fediverse sees
-- them like any other actor; this table holds what only the hub knows: how they sign in and what they may do.
create table members (
    actor_id        bigint      primary key references actors (id) on delete cascade,
    email           text        not null,
    password_hash   text        not null,
    role            text        not null check (role in ('organiser', 'moderator', 'member')),
    created_at      timestamptz not null default now(),
    suspended_at    timestamptz
);

create unique index members_email on members (lower(email));

-- Single-use, expiring invitations. Only the SHA-256 of the token is kept: the link is shown once, to the organiser.
create table invitations (
    id              bigint      generated always as identity primary key,
    token_hash      text        not null unique,
    role            text        not null check (role in ('organiser', 'moderator', 'member')),
    note            text,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    member_actor_id bigint      references actors (id) on delete set null
);
