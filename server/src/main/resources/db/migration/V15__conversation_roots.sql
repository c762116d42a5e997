-- Each reply knows the first post of its conversation, so a thread, an article's discussion or a long conversation
-- is one indexed range scan instead of a walk down in_reply_to links.
alter table objects add column root_id bigint references objects (id) on delete set null;

with recursive chain (id, root_id) as (
    select id, id from objects where in_reply_to_id is null
    union all
    select o.id, chain.root_id from objects o join chain on o.in_reply_to_id = chain.id
)
update objects set root_id = chain.root_id from chain where objects.id = chain.id and chain.root_id <> objects.id;

create index objects_conversation on objects (root_id, id) where root_id is not null;

-- The group a post was posted to (FEP-1b12 audience): a forum thread's or a group reply's.
alter table objects add column audience_uri text;
