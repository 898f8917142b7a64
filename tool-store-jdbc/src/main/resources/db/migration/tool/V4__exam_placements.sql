-- Where a cohort's exam grades go in each LMS: the placement a launch into the part's exam came
-- from (teacher or participant), so that a grade goes out before the participant's own launch.
create table exam_placement (
  cohort_id        varchar(200) not null,
  part_id          varchar(200) not null,
  issuer           varchar(500) not null,
  client_id        varchar(500) not null,
  deployment_id    varchar(500) not null,
  resource_link_id varchar(500),
  line_item        varchar(2000),
  line_items       varchar(2000),
  scopes           varchar      not null,
  recorded_at      timestamp with time zone not null,
  primary key (cohort_id, part_id, issuer, client_id, deployment_id)
);
