-- The home page stream and the hub's feed: the hub's and its members' public posts, newest first, paged by id.
-- The public timeline index (V8) also holds every remote public post, which on a federating hub far outnumber ours.
create index objects_local_public on objects (id desc) where local and visibility = 'PUBLIC' and deleted_at is null;
