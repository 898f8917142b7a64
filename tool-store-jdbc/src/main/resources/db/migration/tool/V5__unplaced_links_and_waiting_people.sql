-- A placement the tool does not know and a person the tool does not know (issue 14).
--  * placement_choice: per resource link of a deployment, what its launches sent in bif_activity
--    (null: nothing) while it named no activity, and the activity a teacher chose for it; every
--    node opens the chosen activity from the moment it is saved.
--  * waiting_person: LMS users who launched as a participant or leader and are not in the staff
--    register, until a coordinator links them. Only what the link needs: the account, the name and
--    e-mail the LMS sent, the BIF roles of their launches and the cohort of the course they last
--    launched from.

create table placement_choice (
  issuer           varchar(500) not null,
  client_id        varchar(500) not null,
  deployment_id    varchar(500) not null,
  resource_link_id varchar(500) not null,
  sent_activity    varchar(500),
  chosen_activity  varchar(200),
  last_seen        timestamp with time zone not null,
  primary key (issuer, client_id, deployment_id, resource_link_id)
);

create table waiting_person (
  issuer     varchar(500) not null,
  client_id  varchar(500) not null,
  subject    varchar(500) not null,
  name       varchar(200),
  email      varchar(200),
  roles      varchar(100) not null,
  cohort_id  varchar(200),
  first_seen timestamp with time zone not null,
  last_seen  timestamp with time zone not null,
  primary key (issuer, client_id, subject)
);
create index waiting_person_first_seen on waiting_person (first_seen);
create index waiting_person_cohort on waiting_person (cohort_id);
