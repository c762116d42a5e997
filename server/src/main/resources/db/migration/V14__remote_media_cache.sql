-- Keeping a copy of remote posts' images (patchwork.media.cache-remote). A remote attachment's row is its own
-- durable queue entry: pending until a worker fetches, re-encodes and stores it (then it has a storage_key beside
-- its remote_url), or failed (shown by link, never tried again). A row is claimed with FOR UPDATE SKIP LOCKED and
-- leased by moving cache_after forward, so a worker that dies mid-fetch gives its row back when the lease ends.
alter table media drop constraint media_check;
alter table media add constraint media_kept_or_linked check (storage_key is not null or remote_url is not null);

alter table media
    add column cache_state    text check (cache_state in ('pending', 'cached', 'failed')),
    add column cache_after    timestamptz,
    add column cache_attempts int not null default 0,
    add column cache_error    text;

alter table media add constraint media_cache_only_remote check (cache_state is null or remote_url is not null);

create index media_cache_due on media (cache_after) where cache_state = 'pending';
