-- The federation engine: what arrives in inboxes, what the hub publishes, who follows whom, and the
-- durable delivery queue. Work tables are claimed with FOR UPDATE SKIP LOCKED, so any number of server
-- processes can share them.

-- Per remote host: blocks and the delivery circuit breaker.
create table domains (
    host                 text primary key,
    blocked              boolean     not null default false,
    consecutive_failures integer     not null default 0,
    circuit_open_until   timestamptz,
    last_failure_at      timestamptz,
    last_failure         text,
    last_success_at      timestamptz
);

-- Every accepted inbox POST, stored before the 202, applied later by workers.
create table inbox_activities (
    id              bigint generated always as identity primary key,
    activity_uri    text        not null unique,
    type            text        not null,
    actor_uri       text        not null,
    key_id          text        not null,
    raw             jsonb       not null,
    received_at     timestamptz not null default now(),
    state           text        not null default 'pending'
        check (state in ('pending', 'done', 'ignored', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    processed_at    timestamptz,
    outcome         text
);
create index inbox_activities_due on inbox_activities (next_attempt_at) where state = 'pending';

-- Notes, articles and pages, local and remote. Local objects' uri is built from their id when written.
create table objects (
    id                bigint generated always as identity primary key,
    uri               text        not null unique,
    type              text        not null,
    local             boolean     not null,
    author_id         bigint      not null references actors (id) on delete cascade,
    in_reply_to_uri   text,
    in_reply_to_id    bigint      references objects (id) on delete set null,
    context_uri       text,
    visibility        text        not null check (visibility in ('public', 'unlisted', 'followers', 'direct')),
    to_uris           text[]      not null default '{}',
    cc_uris           text[]      not null default '{}',
    name              text,
    summary           text,
    content_html      text,
    source_text       text,
    language          text,
    sensitive         boolean     not null default false,
    url               text,
    published         timestamptz not null,
    updated           timestamptz,
    deleted_at        timestamptz,
    pinned_at         timestamptz,
    like_count        integer     not null default 0,
    announce_count    integer     not null default 0,
    raw               jsonb,
    created_at        timestamptz not null default now()
);
create index objects_author_published on objects (author_id, published desc) where deleted_at is null;
create index objects_in_reply_to_uri on objects (in_reply_to_uri) where in_reply_to_uri is not null;
create index objects_pinned on objects (author_id, pinned_at desc) where pinned_at is not null;

-- Who an object mentions, by actor URI (local or remote).
create table object_mentions (
    object_id bigint not null references objects (id) on delete cascade,
    actor_uri text   not null,
    primary key (object_id, actor_uri)
);

-- Likes and announces (boosts) of objects we hold.
create table reactions (
    id           bigint generated always as identity primary key,
    type         text        not null check (type in ('Like', 'Announce')),
    object_id    bigint      not null references objects (id) on delete cascade,
    actor_id     bigint      not null references actors (id) on delete cascade,
    activity_uri text        not null unique,
    created_at   timestamptz not null default now(),
    unique (type, object_id, actor_id)
);

-- Follows in both directions: remote actors following local ones, and local ones following remote ones.
create table follows (
    id           bigint generated always as identity primary key,
    follower_id  bigint      not null references actors (id) on delete cascade,
    followed_id  bigint      not null references actors (id) on delete cascade,
    state        text        not null check (state in ('pending', 'accepted')),
    activity_uri text        not null,
    created_at   timestamptz not null default now(),
    accepted_at  timestamptz,
    unique (follower_id, followed_id)
);
create index follows_followed_accepted on follows (followed_id) where state = 'accepted';
create unique index follows_activity_uri on follows (activity_uri);

-- Activities local actors publish. The raw document is what is delivered; public ones make up the outbox.
create table activities (
    id           bigint generated always as identity primary key,
    uri          text        not null unique,
    type         text        not null,
    actor_id     bigint      not null references actors (id) on delete cascade,
    object_id    bigint      references objects (id) on delete set null,
    public       boolean     not null,
    raw          jsonb       not null,
    published    timestamptz not null default now(),
    fanout_state text        not null default 'pending' check (fanout_state in ('pending', 'done')),
    fanout_lease_until timestamptz
);
create index activities_outbox on activities (actor_id, id desc) where public;
create index activities_fanout_pending on activities (id) where fanout_state = 'pending';

-- One job per (activity, inbox). A worker leases a job, sends it, and records the outcome.
create table delivery_jobs (
    id              bigint generated always as identity primary key,
    activity_id     bigint      not null references activities (id) on delete cascade,
    inbox_uri       text        not null,
    host            text        not null,
    state           text        not null default 'pending'
        check (state in ('pending', 'in_flight', 'delivered', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_status     integer,
    last_error      text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    unique (activity_id, inbox_uri)
);
create index delivery_jobs_due on delivery_jobs (next_attempt_at) where state = 'pending';
create index delivery_jobs_in_flight on delivery_jobs (lease_until) where state = 'in_flight';
create index delivery_jobs_host on delivery_jobs (host, state);
