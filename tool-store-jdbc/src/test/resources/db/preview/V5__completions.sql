-- Parts an employee completed before or outside the tool, as imported from the staff register.
create table part_completion (
  employee_id  varchar(200) not null,
  part_id      varchar(200) not null,
  completed_on date         not null,
  primary key (employee_id, part_id)
);
