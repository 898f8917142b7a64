-- When and where each session of a cohort and its exam take place (issue 18).
create table cohort_calendar (
  cohort_id   varchar(200) not null primary key,
  part_id     varchar(200) not null,
  time_zone   varchar(60)  not null,
  document    varchar      not null
);
