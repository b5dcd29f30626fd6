package dev.parley.application.roomkey.derivation;

/**
 * A chat/data message that must not be shown: too short to hold an IV and a tag, not base64, not
 * UTF-8, or (most often) failing AES-GCM authentication because it was altered or encrypted under
 * another key. The message names the reason only, never key or content bytes.
 */
public final class ChatMessageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ChatMessageRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
