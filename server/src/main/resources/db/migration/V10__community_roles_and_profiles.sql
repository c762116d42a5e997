-- Community roles: what a member is to the hub's community (service provider, adviser…), shown on their profile
-- and in their actor. Distinct from members.role, which says what they may do. Organisers add their own.
create table community_roles (
    id              bigint      generated always as identity primary key,
    key             text        not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(key) <= 40),
    label           text        not null check (length(label) between 1 and 60),
    position        int         not null default 100,
    built_in        boolean     not null default false,
    created_at      timestamptz not null default now()
);

create unique index community_roles_label on community_roles (lower(label));

insert into community_roles (key, label, position, built_in) values
    ('service-provider', 'Service provider', 10, true),
    ('adviser', 'Adviser', 20, true),
    ('informal-learner', 'Informal learner', 30, true),
    ('service-user', 'Service user', 40, true);

create table member_community_roles (
    member_actor_id bigint not null references members (actor_id) on delete cascade,
    community_role_id bigint not null references community_roles (id) on delete cascade,
    primary key (member_actor_id, community_role_id)
);

create index member_community_roles_role on member_community_roles (community_role_id);

-- The label/value rows a member shows under their profile (Mastodon's profile fields), in order.
create table member_profile_fields (
    id              bigint  generated always as identity primary key,
    member_actor_id bigint  not null references members (actor_id) on delete cascade,
    position        int     not null check (position between 0 and 3),
    name            text    not null check (length(name) between 1 and 255),
    value           text    not null check (length(value) between 1 and 255),
    unique (member_actor_id, position)
);

-- Password reset links an organiser issues for a member: single-use, short-lived, only the SHA-256 kept.
create table password_resets (
    id              bigint      generated always as identity primary key,
    token_hash      text        not null unique,
    member_actor_id bigint      not null references members (actor_id) on delete cascade,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    used_at         timestamptz
);

create index password_resets_member on password_resets (member_actor_id);
