-- Relays this instance has joined (aggregation): the relay's actor is followed by this instance's Group with a
-- Follow of as:Public; whether the relay accepted lives on that follows row (found by follow_uri), so the
-- existing Accept and Reject handlers answer it.
create table relays (
    id         bigserial primary key,
    actor_id   bigint      not null unique references actors (id) on delete cascade,
    inbox_uri  text        not null,
    follow_uri text        not null unique,
    joined_at  timestamptz not null default now()
);

-- The relay this instance offers: which activities it has re-announced, so a redelivery is announced once.
create table relay_forwarded (
    activity_uri text        primary key,
    object_uri   text        not null,
    sender_uri   text        not null,
    forwarded_at timestamptz not null default now()
);
