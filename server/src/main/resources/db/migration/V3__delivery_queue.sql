-- The delivery queue's own needs on top of V2's delivery_jobs and domains.

-- When a job entered the queue for its current run of attempts. The give-up age is measured from here, so an
-- operator's retry of a failed job starts a fresh run without rewriting created_at.
alter table delivery_jobs add column queued_at timestamptz not null default now();

-- The operator view lists recent failures; the clean-up removes old finished jobs.
create index delivery_jobs_failed on delivery_jobs (finished_at desc) where state = 'failed';
create index delivery_jobs_delivered on delivery_jobs (finished_at) where state = 'delivered';

-- Wake the delivery workers of every server process as soon as new work is committed: a NOTIFY is sent
-- only when the inserting transaction commits, and identical ones within a transaction are folded into one.
-- Polling stays as the fallback, so a lost notification only delays work by a poll interval.
create function patchwork_delivery_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('patchwork_delivery', tg_table_name);
    return null;
end;
$$;

create trigger activities_notify_delivery after insert on activities
    for each statement execute function patchwork_delivery_notify();

create trigger delivery_jobs_notify_delivery after insert on delivery_jobs
    for each statement execute function patchwork_delivery_notify();
