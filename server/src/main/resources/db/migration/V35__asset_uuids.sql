-- A stable UUID for every asset: Open Referral UK identifies services (and the organisations and locations derived
-- from them) by UUID, and the hub's numeric ids are neither global nor meant to be. Existing rows are backfilled
-- by the column default when it is added.
alter table assets add column uuid uuid not null default gen_random_uuid();
alter table assets add constraint assets_uuid_unique unique (uuid);

-- The datasets and the Open Referral UK API read the hub's own listed assets in id order (exports) and the
-- services by their last change (modified_after).
create index assets_listed_own on assets (id) where deleted_at is null and review = 'approved' and uri is null;
