-- Images attached to posts. A local upload is re-encoded without metadata and kept on disk under
-- patchwork.media.dir by its unguessable storage key; a remote attachment is only a link (remote_url), never fetched.
create table media (
    id              bigint      generated always as identity primary key,
    owner_actor_id  bigint      not null references actors (id) on delete cascade,
    storage_key     text        unique,
    remote_url      text,
    mime_type       text        not null,
    width           int,
    height          int,
    preview_width   int,
    preview_height  int,
    description     text        check (char_length(description) <= 1500),
    blurhash        text,
    size            bigint,
    post_id         bigint      references objects (id) on delete cascade,
    created_at      timestamptz not null default now(),
    check ((storage_key is null) <> (remote_url is null))
);

create index media_post on media (post_id) where post_id is not null;
create index media_owner on media (owner_actor_id);
