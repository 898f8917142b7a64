-- The grade outbox (one row per participant and part), where grades go (routes learnt on launch)
-- and the last roster of each course.

create table grade_outbox (
  employee_id     varchar(200) not null,
  part_id         varchar(200) not null,
  grade           varchar(4),
  final_grade     boolean      not null,
  note            varchar      not null,
  sitting_on      date         not null,
  recorded_at     timestamp with time zone not null,
  version         bigint       not null,
  score_timestamp timestamp with time zone not null,
  state           varchar(20)  not null,
  attempts        integer      not null,
  next_attempt_at timestamp with time zone not null,
  leased_until    timestamp with time zone,
  last_answer     varchar,
  primary key (employee_id, part_id)
);
create index grade_outbox_due on grade_outbox (state, next_attempt_at);

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
