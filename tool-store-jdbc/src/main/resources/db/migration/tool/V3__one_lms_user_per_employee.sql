-- An employee is linked to at most one LMS user per platform (issuer, client_id), and a launch
-- without a staff number links nobody. Links made before these rules are brought in line:
--  * links to a derived id ('lms-' and 20 hex digits, made by a launch without bif_employee) are
--    dropped, with the grade routes of such ids (nobody with a derived id is in the staff register,
--    so none of them has an enrolment or a grade): the person's next launch with a staff number
--    links them;
--  * of several LMS users linked to one employee on one platform the first by subject keeps the
--    link; the others lose it and are listed as refused claims for the coordinator to check.

create table refused_claim (
  issuer           varchar(500) not null,
  client_id        varchar(500) not null,
  subject          varchar(500) not null,
  claimed_employee varchar(200) not null,
  reason           varchar(40)  not null,
  holder_subject   varchar(500),
  linked_employee  varchar(200),
  first_at         timestamp with time zone not null,
  last_at          timestamp with time zone not null,
  attempts         integer not null,
  primary key (issuer, client_id, subject, claimed_employee)
);
create index refused_claim_last_at on refused_claim (last_at);

delete from grade_route where length(employee_id) = 24 and employee_id like 'lms-%';
delete from lms_person_link where length(employee_id) = 24 and employee_id like 'lms-%';

insert into refused_claim
  (issuer, client_id, subject, claimed_employee, reason, holder_subject, linked_employee,
   first_at, last_at, attempts)
select l.issuer, l.client_id, l.subject, l.employee_id, 'EMPLOYEE_LINKED_TO_ANOTHER_USER',
       k.subject, null, current_timestamp, current_timestamp, 1
  from lms_person_link l
  join (select issuer, client_id, employee_id, min(subject) as subject
          from lms_person_link
         group by issuer, client_id, employee_id
        having count(*) > 1) k
    on k.issuer = l.issuer and k.client_id = l.client_id and k.employee_id = l.employee_id
 where l.subject <> k.subject;

delete from lms_person_link l
 where exists (select 1 from lms_person_link k
                where k.issuer = l.issuer and k.client_id = l.client_id
                  and k.employee_id = l.employee_id and k.subject < l.subject);

create unique index lms_person_link_one_per_employee
  on lms_person_link (issuer, client_id, employee_id);
