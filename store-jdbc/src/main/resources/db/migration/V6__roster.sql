-- A participant who leaves a cohort stays enrolled, inactive: the day and the reason are kept.
alter table enrolment add column withdrawn_on date;
alter table enrolment add column withdrawal_reason varchar;
