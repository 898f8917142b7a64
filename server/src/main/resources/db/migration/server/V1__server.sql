-- The served product's tables (bif-server), beside the core's and the tool's on the same database,
-- with a migration history of their own.

-- administrators of the admin area: an Argon2id hash, never the password; failed logins lock the
-- account for a while (LockoutPolicy), across every node
create table admin_account (
  name          varchar(100) primary key,
  password_hash varchar(500) not null,
  failed_logins integer      not null,
  locked_until  timestamp with time zone,
  created_at    timestamp with time zone not null,
  last_login_at timestamp with time zone
);

-- secrets every node must share and nobody configured: the page-session secret (base64)
create table server_secret (
  name       varchar(100) primary key,
  secret     varchar(500) not null,
  created_at timestamp with time zone not null
);
