-- The hubs directory (aggregation): what is kept here from each hub is counted by the origin its URIs start with,
-- so each capability's table gets an index that answers "uri like 'origin/%'" (text_pattern_ops, whatever the
-- database's collation) over live rows only.
create index calendar_events_by_uri_prefix on calendar_events (uri text_pattern_ops) where deleted_at is null;
create index assets_by_uri_prefix on assets (uri text_pattern_ops) where uri is not null and deleted_at is null;
create index ties_by_uri_prefix on ties (uri text_pattern_ops) where uri is not null and deleted_at is null;

-- A hub's health shows the last activity delivered to its host.
create index delivery_jobs_last_delivered on delivery_jobs (host, finished_at desc) where state = 'delivered';

-- The directory's refresh claims a due hub for a short lease, so two server processes never read the same hub
-- at once and a hub that hangs is tried again after the lease.
alter table hubs add column refresh_lease_until timestamptz;
