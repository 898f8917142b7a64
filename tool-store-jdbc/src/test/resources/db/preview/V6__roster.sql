-- A participant who leaves a cohort stays enrolled, inactive: the day and the reason are kept.
alter table enrolment add column withdrawn_on date;
alter table enrolment add column withdrawal_reason varchar;

-- Where each cohort's roster comes from (learnt from a teacher's launch) and how its syncs went;
-- last_started decides, across nodes, that a cohort is synced at most once per interval.
create table roster_source (
  cohort_id       varchar(200)  primary key,
  issuer          varchar(500)  not null,
  client_id       varchar(500)  not null,
  deployment_id   varchar(500)  not null,
  context_id      varchar(500)  not null,
  memberships_url varchar(2000) not null,
  part_id         varchar(200),
  last_started    timestamp with time zone,
  last_synced     timestamp with time zone,
  last_error      varchar
);

-- One-time form tokens are kept as SHA-256 hashes: whoever reads the table cannot use them.
create table pending_deep_link (
  token_hash    varchar(64)  primary key,
  issuer        varchar(500) not null,
  client_id     varchar(500) not null,
  deployment_id varchar(500) not null,
  settings      varchar      not null,
  expires_at    timestamp with time zone not null
);
create index pending_deep_link_expires on pending_deep_link (expires_at);

create table admin_retry_token (
  token_hash varchar(64) primary key,
  expires_at timestamp with time zone not null
);
create index admin_retry_token_expires on admin_retry_token (expires_at);
