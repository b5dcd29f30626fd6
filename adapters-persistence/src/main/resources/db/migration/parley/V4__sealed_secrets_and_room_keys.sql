-- Parley schema, version 4: named sealed secrets and room key epochs.
--
-- Same rules as V1-V3: one script for H2 2.2 and PostgreSQL 15+, only SQL both accept (no BYTEA,
-- TEXT, MERGE or ON CONFLICT), instants as TIMESTAMP(6) WITH TIME ZONE, enums by name, bytes as
-- base64 text (standard alphabet, padded).
--
-- Both tables hold secrets only in the form the SecretSealer produced, exactly as given: never a
-- usable key. Rows are written once and never updated. "Add if absent" is decided by the primary
-- key: a writer takes the key's name_lock stripe, then looks the key up and inserts (see
-- NameLocks.java), so concurrent writers of one key wait for each other instead of one of them
-- hitting the constraint (which would abort its PostgreSQL transaction); the primary key stays
-- the guarantee that a name or epoch is never stored twice.

-- Named secrets that adapters need across restarts and nodes (for example the messaging
-- operator and account keys). The first secret stored under a name stays.
CREATE TABLE sealed_secret (
    name                    VARCHAR(128)    NOT NULL,
    -- the sealed blob (6144 bytes at most)
    sealed                  VARCHAR(8192)   NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT sealed_secret_pk PRIMARY KEY (name),
    CONSTRAINT sealed_secret_sealed_ck CHECK (CHAR_LENGTH(sealed) > 0)
);

-- One row per epoch of a room's end-to-end key. The key is sealed for the context
-- room-key/<room_sid>/<epoch> (StoredRoomKey.sealingContext), so a row copied to another room or
-- epoch does not unseal. key_index is the epoch's slot in LiveKit's client key ring (epoch mod
-- 256), kept for readers of the table. The primary key serves current() (highest epoch of a
-- room) and history() (epochs in order). No foreign key to room: a room row may be deleted
-- before its keys (RoomKeyRepository.deleteRoom removes them), and sids are never reused.
CREATE TABLE room_key (
    room_sid                VARCHAR(255)    NOT NULL,
    epoch                   BIGINT          NOT NULL,
    key_index               INTEGER         NOT NULL,
    -- the sealed 32-byte key (1536 bytes of blob at most: room for any sealer's overhead)
    sealed                  VARCHAR(2048)   NOT NULL,
    reason                  VARCHAR(32)     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT room_key_pk PRIMARY KEY (room_sid, epoch),
    CONSTRAINT room_key_epoch_ck CHECK (epoch >= 0),
    CONSTRAINT room_key_index_ck CHECK (key_index = MOD(epoch, 256)),
    CONSTRAINT room_key_sealed_ck CHECK (CHAR_LENGTH(sealed) > 0),
    CONSTRAINT room_key_reason_ck CHECK (reason IN ('INITIAL', 'PARTICIPANT_REMOVED', 'PARTICIPANT_BANNED',
                                                    'SCHEDULED', 'ADMIN_REQUEST'))
);
