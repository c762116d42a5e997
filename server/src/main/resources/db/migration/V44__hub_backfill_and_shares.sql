-- Joining up (aggregation): how many times in a row a hub's backfill has failed, for the back-off while the hub is
-- down, and which of the joined hubs' objects have been shared (announced by this instance's Group) or backfilled.
alter table hubs add column backfill_attempts integer not null default 0;

-- One row per object from a joined hub that the sharing has seen: announced once (shared = true), or brought in by
-- the backfill (shared = false: old content is not announced again to this instance's followers). The primary key is
-- what makes "only once per object" hold across redeliveries, edits and restarts.
create table hub_shares (
    object_uri text        primary key,
    hub_id     bigint      not null references hubs (id) on delete cascade,
    shared     boolean     not null,
    at         timestamptz not null default now()
);
