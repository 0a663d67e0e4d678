-- Version 7: DNS domain verification. What the last check saw, when the next periodic re-check is due, and the
-- deadline after which a PENDING domain becomes FAILED. A domain can be VERIFIED by one organization only.

ALTER TABLE domains ADD COLUMN verification_deadline BIGINT;
ALTER TABLE domains ADD COLUMN next_check_at BIGINT;
ALTER TABLE domains ADD COLUMN last_check_at BIGINT;
ALTER TABLE domains ADD COLUMN verified_at BIGINT;
ALTER TABLE domains ADD COLUMN verification_details TEXT;
CREATE INDEX domains_pending_check ON domains (verification_status, next_check_at);
CREATE UNIQUE INDEX domains_verified_once ON domains (domain) WHERE verification_status = 'VERIFIED';
