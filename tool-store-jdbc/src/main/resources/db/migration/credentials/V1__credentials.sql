-- bif-credentials: issued credentials, their Bitstring Status List places and the issuer's keys.
-- Kept in its own Flyway history (bif_credentials_schema_history) beside the other modules' tables.

create table credential_status_list (
  list_no    integer primary key,
  opened_at  timestamp with time zone not null
);

create table credential_status_entry (
  list_no     integer not null references credential_status_list (list_no),
  idx         integer not null,
  reserved_at timestamp with time zone not null,
  primary key (list_no, idx)
);

create table issued_credential (
  id                varchar(36) primary key,
  employee          varchar(200) not null,
  part              varchar(200) not null,
  level             varchar(20) not null,
  issued_at         timestamp with time zone not null,
  list_no           integer not null,
  idx               integer not null,
  jwt               text not null,
  revoked_at        timestamp with time zone,
  revocation_reason varchar(2000),
  foreign key (list_no, idx) references credential_status_entry (list_no, idx),
  unique (list_no, idx)
);

create index issued_credential_employee on issued_credential (employee, issued_at);

-- private keys: grant this table to the tool's database user only
create table credential_issuer_key (
  key_id      varchar(100) primary key,
  private_jwk text not null,
  created_at  timestamp with time zone not null
);
