-- The LTI tool's tables (bif-tool-store-jdbc), beside the core's on the same database, with a
-- migration history of their own. Only the claims the tool needs: the LMS subject (an opaque id) is linked to the
-- employee; no name, e-mail or picture from the id_token is stored.

create table lti_registration (
  issuer                 varchar(500) not null,
  client_id              varchar(500) not null,
  deployment_ids         varchar      not null,
  authorization_endpoint varchar(2000) not null,
  token_endpoint         varchar(2000) not null,
  token_audience         varchar(2000),
  key_set_url            varchar(2000),
  static_key_set         varchar,
  primary key (issuer, client_id)
);

-- a nonce is accepted once across every node: the primary key decides
create table lti_nonce (
  issuer     varchar(500) not null,
  nonce      varchar(500) not null,
  keep_until timestamp with time zone not null,
  primary key (issuer, nonce)
);
create index lti_nonce_keep_until on lti_nonce (keep_until);

create table lti_login_state (
  state           varchar(500) primary key,
  issuer          varchar(500) not null,
  client_id       varchar(500) not null,
  nonce           varchar(500) not null,
  target_link_uri varchar(2000) not null,
  deployment_id   varchar(500),
  browser_binding varchar(500) not null,
  expires_at      timestamp with time zone not null
);
create index lti_login_state_expires on lti_login_state (expires_at);

create table lms_person_link (
  issuer      varchar(500) not null,
  client_id   varchar(500) not null,
  subject     varchar(500) not null,
  employee_id varchar(200) not null,
  primary key (issuer, client_id, subject)
);
create index lms_person_employee on lms_person_link (employee_id);

create table lms_course_link (
  issuer        varchar(500) not null,
  client_id     varchar(500) not null,
  deployment_id varchar(500) not null,
  context_id    varchar(500) not null,
  cohort_id     varchar(200) not null,
  primary key (issuer, client_id, deployment_id, context_id)
);

-- the tool's own signing keys (private JWK), so that a restart keeps the same kid
create table tool_key (
  name       varchar(200) primary key,
  jwk        varchar      not null,
  created_at timestamp with time zone not null
);

-- where grades go (routes learnt on launch) and the last roster of each course
create table grade_route (
  employee_id      varchar(200) not null,
  part_id          varchar(200) not null,
  issuer           varchar(500) not null,
  client_id        varchar(500) not null,
  deployment_id    varchar(500) not null,
  subject          varchar(500) not null,
  resource_link_id varchar(500),
  line_item        varchar(2000),
  line_items       varchar(2000),
  scopes           varchar      not null,
  recorded_at      timestamp with time zone not null,
  primary key (employee_id, part_id, issuer, client_id, deployment_id)
);

create table roster_snapshot (
  issuer        varchar(500) not null,
  client_id     varchar(500) not null,
  deployment_id varchar(500) not null,
  context_id    varchar(500) not null,
  members       varchar      not null,
  differences   varchar(2000),
  taken_at      timestamp with time zone not null,
  primary key (issuer, client_id, deployment_id, context_id)
);

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
