-- Parley schema, version 2: the API key ring (secrets sealed) and the token revocation list.
--
-- Same rules as V1: one script for H2 2.2 and PostgreSQL 15+, only SQL both accept (no BYTEA,
-- TEXT, MERGE or ON CONFLICT), instants as TIMESTAMP(6) WITH TIME ZONE, enums by name.
-- Bytes are stored as base64 text (standard alphabet, padded): neither database's binary type
-- is the other's.

-- One row per API key. The secret (HMAC secret or Ed25519 private key) is stored only in the
-- form the SecretSealer produced, exactly as given: this table never holds a usable secret.
CREATE TABLE api_key (
    key_id                  VARCHAR(64)     NOT NULL,
    algorithm               VARCHAR(16)     NOT NULL,
    -- the 32-byte Ed25519 public key (44 base64 characters); '' for HS256
    public_key              VARCHAR(44)     NOT NULL,
    -- the sealed blob; NULL only for a verify-only Ed25519 key (public key alone)
    sealed_secret           VARCHAR(8192),
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                   VARCHAR(16)     NOT NULL,
    -- optimistic lock: a state change based on a stale read fails instead of overwriting
    -- (so a concurrent revocation cannot be undone)
    version                 BIGINT          NOT NULL,
    CONSTRAINT api_key_pk PRIMARY KEY (key_id),
    CONSTRAINT api_key_algorithm_ck CHECK (algorithm IN ('HS256', 'EDDSA')),
    CONSTRAINT api_key_state_ck CHECK (state IN ('ACTIVE', 'VERIFY_ONLY', 'REVOKED')),
    CONSTRAINT api_key_material_ck CHECK ((algorithm = 'HS256' AND public_key = '' AND sealed_secret IS NOT NULL)
                                       OR (algorithm = 'EDDSA' AND CHAR_LENGTH(public_key) = 44)),
    CONSTRAINT api_key_sealed_secret_ck CHECK (sealed_secret IS NULL OR CHAR_LENGTH(sealed_secret) > 0)
);

-- The revocation list, read on every token verification: each check is one primary-key lookup.
-- Keys are SHA-256 hashes (lowercase hex) of the revoked value, so that a token id or room of
-- any length or content (they come from tokens) fits a short, indexable key; see
-- RevocationKeys.java for the exact bytes hashed. An entry ends at revoked_until (exclusive);
-- the index on it serves purgeExpired.

-- Tokens revoked by id (jti).
CREATE TABLE revoked_token (
    token_id_hash           VARCHAR(64)     NOT NULL,
    revoked_until           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT revoked_token_pk PRIMARY KEY (token_id_hash),
    CONSTRAINT revoked_token_hash_ck CHECK (CHAR_LENGTH(token_id_hash) = 64)
);
CREATE INDEX revoked_token_until_ix ON revoked_token (revoked_until);

-- Every token of an identity in a room (or of no room) issued before issued_before.
CREATE TABLE revoked_subject (
    subject_hash            VARCHAR(64)     NOT NULL,
    issued_before           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_until           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT revoked_subject_pk PRIMARY KEY (subject_hash),
    CONSTRAINT revoked_subject_hash_ck CHECK (CHAR_LENGTH(subject_hash) = 64)
);
CREATE INDEX revoked_subject_until_ix ON revoked_subject (revoked_until);
