-- Members speak as their own Person actors through the Mastodon client API: idempotent publishing, boosts in
-- the home timeline, notifications, and the indexes the timelines page through.

-- A client's Idempotency-Key, per actor: the same key within an hour answers with the first status.
create table status_idempotency_keys (
    actor_id   bigint      not null references actors (id) on delete cascade,
    key        text        not null,
    object_id  bigint      not null references objects (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (actor_id, key)
);

-- A boost is listed in timelines beside posts, under its reaction's id: both ids come from one sequence, so
-- max_id/since_id/min_id page through a timeline that mixes them.
alter table reactions alter column id drop identity;
alter table reactions alter column id set default nextval('objects_id_seq'::regclass);
select setval('objects_id_seq', greatest((select coalesce(max(id), 0) from objects),
                                         (select coalesce(max(id), 0) from reactions), 1));

-- Home timeline: per followed author, newest first by id (one index probe per author, see TimelineQueries).
create index objects_author_id on objects (author_id, id desc) where deleted_at is null;
create index reactions_announces_by_actor on reactions (actor_id, id desc) where type = 'Announce';
create index follows_follower_accepted on follows (follower_id) where state = 'accepted';
-- Public timelines, local and federated.
create index objects_public_timeline on objects (id desc) where visibility = 'PUBLIC' and deleted_at is null;

-- What happened to a local actor: mentioned, followed, their post liked (favourite) or boosted (reblog).
create table notifications (
    id            bigint      generated always as identity primary key,
    recipient_id  bigint      not null references actors (id) on delete cascade,
    type          text        not null check (type in ('mention', 'follow', 'favourite', 'reblog')),
    from_actor_id bigint      not null references actors (id) on delete cascade,
    object_id     bigint      references objects (id) on delete cascade,
    created_at    timestamptz not null default now()
);
-- The same event redelivered is recorded once.
create unique index notifications_once on notifications (recipient_id, type, from_actor_id, coalesce(object_id, 0));
create index notifications_recipient on notifications (recipient_id, id desc);
