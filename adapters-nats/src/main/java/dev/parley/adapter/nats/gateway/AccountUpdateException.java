package dev.parley.adapter.nats.gateway;

/** The account JWT could not be brought up to date on the NATS servers (unreachable, refused). */
public final class AccountUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountUpdateException(String message) {
        super(message, null, false, false);
    }
}
