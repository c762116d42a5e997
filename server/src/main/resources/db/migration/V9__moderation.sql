-- Moderation: blocks and silences of remote domains and of single actors, reports, and the log of what
-- moderators did.

-- A domain is blocked (suspended: its inbox POSTs refused, nothing delivered to it, its content hidden) or
-- silenced (kept and federated with, but not shown on public pages). domains.blocked comes from V2.
alter table domains add column silenced boolean not null default false;
alter table domains add column moderated_at timestamptz;
alter table domains add column moderation_reason text;

-- Single actors, local or remote, blocked (suspend) or silenced.
create table actor_moderation (
    actor_id   bigint      primary key references actors (id) on delete cascade,
    severity   text        not null check (severity in ('silence', 'suspend')),
    reason     text,
    created_at timestamptz not null default now()
);

-- The few moderated domains, found without reading the circuit-breaker rows of every host delivered to.
create index domains_moderated on domains (host) where blocked or silenced;

-- Authors whose content stays off public pages and public APIs: everyone from a blocked or silenced domain (or
-- one of its subdomains), and every blocked or silenced actor. Public queries say
-- "and o.author_id not in (select actor_id from hidden_authors)". Written as joins from the moderated domains, so
-- with none it costs an index probe; a subdomain match reads the actors table once per moderated domain.
create view hidden_authors as
select a.id as actor_id
from domains d join actors a on a.host = d.host
where (d.blocked or d.silenced) and not a.local
union
select a.id
from domains d join actors a on a.host like '%.' || d.host
where (d.blocked or d.silenced) and not a.local
union
select actor_id from actor_moderation;

-- Reports from members (the Mastodon API or the report page) and from remote servers (Flag).
create table reports (
    id                bigint      generated always as identity primary key,
    reporter_actor_id bigint      references actors (id) on delete set null,
    target_actor_id   bigint      not null references actors (id) on delete cascade,
    status_uris       text[]      not null default '{}',
    comment           text        not null default '',
    category          text        not null default 'other',
    forward           boolean     not null default false,
    activity_uri      text        unique,
    created_at        timestamptz not null default now(),
    forwarded_at      timestamptz,
    resolved_at       timestamptz,
    resolved_by       text,
    resolution        text
);
create index reports_open on reports (created_at) where resolved_at is null;
create index reports_target on reports (target_actor_id);

-- Every moderation action: who (a member's actor, or the organiser token), when, what, to whom, and why.
create table moderation_log (
    id          bigint      generated always as identity primary key,
    at          timestamptz not null default now(),
    by_actor_id bigint      references actors (id) on delete set null,
    by_label    text        not null,
    action      text        not null,
    target      text        not null,
    reason      text        not null default '',
    report_id   bigint      references reports (id) on delete set null
);
create index moderation_log_at on moderation_log (at desc);
