-- The login's lti_storage_target (LTI client-side postMessage storage): the frame where the
-- platform keeps the state and nonce for a browser that refuses the binding cookie.
alter table lti_login_state add column storage_target varchar(64);
