package dev.parley.domain.room;

/**
 * Server-side features a room may allow. Those that must read media or data content are
 * impossible under end-to-end encryption and are refused there with an explicit reason.
 */
public enum Feature {
    RECORDING(true),
    TRANSCRIPTION(true),
    SUMMARIES(true),
    /** Simulcast layer switching that parses the media payload (not header-only switching). */
    PAYLOAD_LAYER_SWITCHING(true),
    INGRESS(false),
    CHAT(false),
    DATA_CHANNEL(false);

    private final boolean needsContent;

    Feature(boolean needsContent) {
        this.needsContent = needsContent;
    }

    /** True when the feature must read the plaintext of media or data. */
    public boolean needsContent() {
        return needsContent;
    }
}
