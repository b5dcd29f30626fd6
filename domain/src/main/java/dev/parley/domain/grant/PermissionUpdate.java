package dev.parley.domain.grant;

import java.util.Set;

/**
 * A partial update of a participant's runtime permissions: a {@code null} field keeps the
 * current value. (LiveKit's UpdateParticipant replaces every field, so an omitted boolean
 * silently becomes false; Parley changes only what the caller names.)
 */
public record PermissionUpdate(
        Boolean canPublish,
        Boolean canSubscribe,
        Boolean canPublishData,
        Set<TrackSource> canPublishSources,
        Boolean canUpdateOwnMetadata,
        Boolean hidden,
        Boolean recorder) {

    /** An update that changes nothing. */
    public static PermissionUpdate nothing() {
        return new PermissionUpdate(null, null, null, null, null, null, null);
    }

    /** True when no field is given. */
    public boolean isEmpty() {
        return canPublish == null && canSubscribe == null && canPublishData == null && canPublishSources == null
                && canUpdateOwnMetadata == null && hidden == null && recorder == null;
    }

    /** The grant after this update; fields not named keep their value (including "absent, so default"). */
    public VideoGrant applyTo(VideoGrant current) {
        VideoGrant.Builder b = current.toBuilder();
        if (canPublish != null) {
            b.canPublish(canPublish);
        }
        if (canSubscribe != null) {
            b.canSubscribe(canSubscribe);
        }
        if (canPublishData != null) {
            b.canPublishData(canPublishData);
        }
        if (canPublishSources != null) {
            b.canPublishSources(canPublishSources);
        }
        if (canUpdateOwnMetadata != null) {
            b.canUpdateOwnMetadata(canUpdateOwnMetadata);
        }
        if (hidden != null) {
            b.hidden(hidden);
        }
        if (recorder != null) {
            b.recorder(recorder);
        }
        return b.build();
    }
}
