-- Outside iCalendar feeds the hub follows (a partner's calendar, as PlaceCal does). Each VEVENT becomes a
-- calendar_events row marked with source_subscription_id and source_uid. etag and last_modified are the feed's
-- validators for the next conditional GET; last_status and last_error say how the last fetch went, shown to
-- organisers, and never remove what was imported before. next_fetch_at is when the refresher takes it next;
-- syncing_until is held while one process fetches and syncs it, so a scheduled and a manual refresh never overlap.
create table calendar_subscriptions (
    id              bigint generated always as identity primary key,
    url             text        not null unique,
    name            text        not null,
    added_by        bigint      references actors (id) on delete set null,
    etag            text,
    last_modified   text,
    last_fetched_at timestamptz,
    last_status     text        not null default 'NEW'
                                check (last_status in ('NEW', 'OK', 'NOT_MODIFIED', 'FAILED')),
    last_error      text,
    event_count     integer     not null default 0,
    next_fetch_at   timestamptz not null default now(),
    syncing_until   timestamptz,
    created_at      timestamptz not null default now()
);
create index calendar_subscriptions_due on calendar_subscriptions (next_fetch_at);

alter table calendar_events add constraint calendar_events_source_subscription
    foreign key (source_subscription_id) references calendar_subscriptions (id) on delete set null;
