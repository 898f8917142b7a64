-- The tool's signing keys as they rotate (bif keys rotate, or on a schedule): append-only, one row
-- per generation; which key signs and which are published follows from the times alone, so every
-- node agrees. The private JWK is here: restrict who may read the table.
create table tool_key_ring (
  generation   integer      primary key,
  kid          varchar(200) not null unique,
  jwk          varchar      not null,
  published_at timestamp with time zone not null,
  signs_from   timestamp with time zone not null
);

-- a name for people: "KP itslearning"
alter table lti_registration add column display_name varchar(200);

-- the launch-based grade administration is gone: the admin area uses its session's CSRF token
drop table admin_retry_token;
