-- LTI Dynamic Registration: the single-use registration links an administrator hands to an LMS
-- administrator (bif platform invite, the admin page), and where each platform registration came
-- from. The link's token is never kept: only its SHA-256 (hex).
create table platform_invitation (
  token_hash       varchar(64)  primary key,
  name             varchar(200),
  link_by_id_number boolean     not null,
  created_by       varchar(100) not null,
  created_at       timestamp with time zone not null,
  expires_at       timestamp with time zone not null,
  used_at          timestamp with time zone,
  issuer           varchar(500),
  client_id        varchar(500)
);

-- a registration made by Dynamic Registration; a platform without a row here was added by hand
create table platform_origin (
  issuer            varchar(500)  not null,
  client_id         varchar(500)  not null,
  registered_at     timestamp with time zone not null,
  configuration_url varchar(2000) not null,
  product           varchar(100),
  invitation_hash   varchar(64),
  primary key (issuer, client_id)
);
