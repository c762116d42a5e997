-- The map's queries at 100,000 assets (docs/performance.md, AssetMapBenchmark).
--
-- A bounding box on the B-tree over (latitude, longitude) read every entry in the box's band of latitudes, all the
-- way round the world, to keep the few inside its longitudes. A GiST over the point reads only the box's.
create index assets_by_point on assets using gist (point(longitude, latitude))
    where deleted_at is null and review = 'approved';
drop index assets_by_position;

-- The map's first view is all of London, usually with a filter: every match was read and sorted by name to keep the
-- first page. Walking the names in order stops at the end of the page instead.
create index assets_by_name on assets (lower(name), id) where deleted_at is null and review = 'approved';
