package dev.parley.application.token.port;

/** A sealed secret could not be unsealed (altered, wrong context, unknown master key) or sealing failed. */
public final class SecretSealingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretSealingException(String message) {
        super(message, null, false, false);
    }
}
