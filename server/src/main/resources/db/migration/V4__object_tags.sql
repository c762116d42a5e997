-- Hashtags a post carries (local and remote), lower case without the '#', for tag pages and Hashtag tags.
create table object_tags (
    object_id bigint not null references objects (id) on delete cascade,
    name      text   not null,
    primary key (object_id, name)
);

create index object_tags_name on object_tags (name, object_id desc);
