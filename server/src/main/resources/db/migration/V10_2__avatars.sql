-- Members' avatars, re-encoded by the hub (square, at most 400 pixels, PNG, no metadata) and served from here.
create table avatars (
    id              bigint      generated always as identity primary key,
    owner_actor_id  bigint      not null references actors (id) on delete cascade,
    content_type    text        not null check (content_type = 'image/png'),
    bytes           bytea       not null,
    size            int         not null check (size between 1 and 2000),
    created_at      timestamptz not null default now()
);

create index avatars_owner on avatars (owner_actor_id);
