-- Open sign-up, when a hub allows it, may wait for an organiser's approval: until then the account exists (its
-- handle and email are taken) but cannot sign in. Everyone who joined before was approved by their invitation.
alter table members add column approved_at timestamptz;
update members set approved_at = created_at;
alter table members add column join_reason text check (length(join_reason) <= 500);
