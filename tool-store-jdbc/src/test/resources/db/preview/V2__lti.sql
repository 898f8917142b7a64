-- The LTI adapter. Only the claims the tool needs: the LMS subject (an opaque id) is linked to the
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
