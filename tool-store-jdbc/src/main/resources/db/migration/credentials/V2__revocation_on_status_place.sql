-- A revocation is kept on the status list place itself, so the place stays revoked when the
-- credential's record is erased with its holder (GDPR): the list a verifier fetches never changes
-- back.
alter table credential_status_entry add column revoked_at timestamp with time zone;
update credential_status_entry e set revoked_at =
  (select i.revoked_at from issued_credential i where i.list_no = e.list_no and i.idx = e.idx);
