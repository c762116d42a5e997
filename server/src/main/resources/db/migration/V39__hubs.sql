-- The hubs this instance has joined up with (aggregation): each is a peer's Group actor, followed, backfilled and
-- listed in the directory. Content is not copied here: it lives in the capabilities' own tables, and a hub's
-- content is recognised by its origin (scheme://host[:port]), which is what every URI it publishes starts with.
create table hubs (
    id               bigserial primary key,
    actor_id         bigint      not null unique references actors (id) on delete cascade,
    origin           text        not null unique,
    handle           text        not null,
    name             text,
    summary          text,
    -- a borough or other area, from the hub's own setting (its Group actor's pw:area, or NodeInfo metadata)
    area             text,
    software         text,
    members          integer,
    posts            integer,
    added_at         timestamptz not null default now(),
    added_by         bigint references actors (id) on delete set null,
    -- the directory's last read of the hub's NodeInfo and Group actor, and whether it answered
    refreshed_at     timestamptz,
    reachable        boolean,
    last_activity_at timestamptz,
    -- backfill: 'pending', 'running', 'done' or 'failed'; the cursor says where a restart resumes
    backfill_state   text        not null default 'pending',
    backfill_cursor  text,
    backfill_items   integer     not null default 0,
    backfill_error   text,
    backfill_next_at timestamptz not null default now()
);

create index hubs_backfill_due on hubs (backfill_next_at) where backfill_state in ('pending', 'running');
