package dev.parley.domain.grant;

/**
 * Why a decision denied an action. Each reason has a stable machine-readable code that APIs
 * return and audit events record; codes never change once published.
 */
public enum DenyReason {
    ROOM_JOIN_NOT_GRANTED("room_join_not_granted", "the token does not grant roomJoin"),
    GRANT_ROOM_MISSING("grant_room_missing", "the token's grant names no room"),
    GRANT_ROOM_MISMATCH("grant_room_mismatch", "the token's grant is for another room"),
    PUBLISH_NOT_GRANTED("publish_not_granted", "the grant does not allow publishing"),
    PUBLISH_SOURCE_NOT_GRANTED("publish_source_not_granted", "the grant does not allow publishing from this source"),
    PUBLISH_DATA_NOT_GRANTED("publish_data_not_granted", "the grant does not allow publishing data"),
    SUBSCRIBE_NOT_GRANTED("subscribe_not_granted", "the grant does not allow subscribing"),
    UPDATE_OWN_METADATA_NOT_GRANTED("update_own_metadata_not_granted", "the grant does not allow updating own metadata"),
    ROOM_ADMIN_NOT_GRANTED("room_admin_not_granted", "the grant does not include roomAdmin"),
    ROOM_CREATE_NOT_GRANTED("room_create_not_granted", "the grant does not include roomCreate"),
    ROOM_LIST_NOT_GRANTED("room_list_not_granted", "the grant does not include roomList"),
    ROOM_RECORD_NOT_GRANTED("room_record_not_granted", "the grant does not include roomRecord"),
    INGRESS_ADMIN_NOT_GRANTED("ingress_admin_not_granted", "the grant does not include ingressAdmin"),
    TRUST_LEVEL_INSUFFICIENT("trust_level_insufficient", "the caller is not trusted enough for this action"),
    FEATURE_NOT_ALLOWED("feature_not_allowed", "the room's policy does not allow this feature"),
    FEATURE_UNAVAILABLE_UNDER_E2EE("feature_unavailable_e2ee",
            "the feature needs to read content, which the room's end-to-end encryption keeps from the server"),
    ROOM_ENDED("room_ended", "the room has ended"),
    ROOM_FULL("room_full", "the room has reached its participant limit"),
    IDENTITY_ALREADY_PRESENT("identity_already_present", "a participant with this identity is already in the room"),
    PARTICIPANT_BANNED("participant_banned", "this identity is banned from the room"),
    GRANT_ESCALATION("grant_escalation", "a token may not grant more than its issuer holds");

    private final String code;
    private final String message;

    DenyReason(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** Stable machine-readable code, e.g. {@code publish_source_not_granted}. */
    public String code() {
        return code;
    }

    /** A human-readable explanation that names no secret. */
    public String message() {
        return message;
    }
}
