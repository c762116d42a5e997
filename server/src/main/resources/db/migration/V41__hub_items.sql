-- The index of everything public this instance holds, its own and every joined hub's: one row per post, article,
-- forum thread, event and asset, kept by the aggregation's listeners from each capability's change events (the
-- content itself stays in the capability's table; a row is a summary for the views across hubs). The same object
-- reached by several paths is one row (uri is unique); its origin is scheme://host[:port] of its uri.
create table hub_items (
    id         bigserial primary key,
    uri        text             not null unique,
    origin     text             not null,
    -- which capability's table holds it, and its id there: a change event names the row by these
    source     text             not null check (source in ('posts', 'events', 'assets')),
    local_id   bigint           not null,
    kind       text             not null check (kind in ('post', 'article', 'thread', 'event', 'asset')),
    title      text             not null default '',
    summary    text             not null default '',
    -- the human page on its origin
    url        text             not null,
    author     text,
    published  timestamptz      not null,
    updated    timestamptz,
    starts_at  timestamptz,
    ends_at    timestamptz,
    category   text,
    latitude   double precision,
    longitude  double precision,
    -- words in English (stemmed) for title and text, and as they are (simple) for names
    search     tsvector generated always as (
                   setweight(to_tsvector('english', title), 'A')
                   || setweight(to_tsvector('english', summary), 'B')
                   || setweight(to_tsvector('simple', title || ' ' || coalesce(author, '')), 'C')) stored,
    unique (source, local_id)
);

create index hub_items_origin on hub_items (origin);
create index hub_items_feed on hub_items (published desc, id desc) where kind in ('post', 'article', 'thread');
create index hub_items_events on hub_items (starts_at) where kind = 'event';
create index hub_items_point on hub_items using gist (point(longitude, latitude)) where latitude is not null
    and longitude is not null;
create index hub_items_search on hub_items using gin (search);
