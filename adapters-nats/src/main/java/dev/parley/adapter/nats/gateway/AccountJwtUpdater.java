package dev.parley.adapter.nats.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.nats.identity.NatsIdentities;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the application account JWT on the NATS servers up to date with Parley's revocation list.
 * <p>
 * Mechanism (nats-server 2.9, full resolver): the operator signs a new account JWT carrying
 * {@code revocations}, and Parley's system-account connection sends it as a request to
 * {@code $SYS.REQ.ACCOUNT.<account>.CLAIMS.UPDATE}. Every server with a full resolver stores it
 * (an update older than the stored JWT is ignored), applies it, and closes the connections of
 * revoked users at once; a revoked user JWT can no longer connect.
 * <p>
 * Updates are serialised; revocations that arrive while one update is in flight are carried by
 * the next, so a burst of removals costs a few updates, not one per removal. Before writing,
 * the updater reads the JWT the servers hold ({@code CLAIMS.LOOKUP}) and adopts revocations it
 * does not know (written by another Parley node), so nodes do not erase each other's revocations;
 * after writing it reads it back and retries once when a concurrent writer won.
 */
public final class AccountJwtUpdater {

    private static final System.Logger LOG = System.getLogger(AccountJwtUpdater.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NatsIdentities identities;
    private final Supplier<Connection> system;
    private final Duration timeout;
    private final LongSupplier clock;
    private final long foreignRetentionSeconds;
    private final AccountRevocations revocations = new AccountRevocations();
    private final Object pushLock = new Object();
    private long pushedVersion = -1;
    private long lastIssuedAt;

    /**
     * @param identities            signs the account JWT
     * @param system                Parley's system-account connection
     * @param timeout               how long one server round trip may take
     * @param clock                 epoch seconds
     * @param maxCredentialLifetime the longest a participant credential lives (bounds how long a
     *                              revocation adopted from another node is kept)
     */
    public AccountJwtUpdater(NatsIdentities identities, Supplier<Connection> system, Duration timeout, LongSupplier clock,
            Duration maxCredentialLifetime) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.system = Objects.requireNonNull(system, "system");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.foreignRetentionSeconds = maxCredentialLifetime.toSeconds();
    }

    /**
     * Revokes {@code credentials} and returns once the servers hold an account JWT that revokes them.
     *
     * @throws AccountUpdateException when the servers could not be reached or refused the update;
     *         the revocations are kept and go out with the next successful update
     */
    public void revoke(List<IssuedCredential> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        long now = clock.getAsLong();
        long version = 0;
        for (IssuedCredential c : credentials) {
            version = revocations.add(c, now);
        }
        synchronized (pushLock) {
            if (pushedVersion >= version) {
                return;
            }
            push();
        }
    }

    /** Sends the current account JWT (at start-up, after a reconnect, to retry a failed update). */
    public void pushCurrent() {
        synchronized (pushLock) {
            push();
        }
    }

    /** True when a revocation has not reached the servers yet. */
    public boolean hasPendingChanges() {
        synchronized (pushLock) {
            return pushedVersion < revocations.version();
        }
    }

    /** The account JWT as it should be now (for the server configuration's preload at a restart). */
    public String currentAccountJwt() {
        synchronized (pushLock) {
            return identities.accountJwt(revocations.snapshot(clock.getAsLong()).revocations(), nextIssuedAt());
        }
    }

    /** How many revocations the list holds. */
    public int revocationCount() {
        return revocations.size();
    }

    private void push() {
        for (int attempt = 0; attempt < 2; attempt++) {
            Connection c = system.get();
            revocations.adopt(lookup(c, false), foreignRetentionSeconds);
            AccountRevocations.Snapshot s = revocations.snapshot(clock.getAsLong());
            String jwt = identities.accountJwt(s.revocations(), nextIssuedAt());
            update(c, jwt);
            Map<String, Long> held = lookup(c, true);
            if (held.keySet().containsAll(s.revocations().keySet())) {
                pushedVersion = s.version();
                return;
            }
            LOG.log(System.Logger.Level.INFO, "account JWT changed concurrently; merging and updating again");
        }
        throw new AccountUpdateException("the account JWT on the servers lost Parley's revocations twice in a row");
    }

    /** iat must not go backwards: a resolver ignores an account JWT older than the one it holds. */
    private long nextIssuedAt() {
        lastIssuedAt = Math.max(lastIssuedAt, clock.getAsLong());
        return lastIssuedAt;
    }

    private String subject(String op) {
        return "$SYS.REQ.ACCOUNT." + identities.accountPublicKey() + ".CLAIMS." + op;
    }

    private void update(Connection c, String jwt) {
        Message reply = request(c, subject("UPDATE"), jwt.getBytes(StandardCharsets.US_ASCII));
        JsonNode body;
        try {
            body = JSON.readTree(reply.getData());
        } catch (Exception e) {
            throw new AccountUpdateException("unreadable reply to the account JWT update");
        }
        JsonNode error = body.get("error");
        if (error != null) {
            throw new AccountUpdateException("the server refused the account JWT update: "
                    + error.path("description").asText(error.toString()));
        }
    }

    /**
     * The revocations in the account JWT the servers hold. A full resolver does not answer for an
     * account it does not hold (another server might): before the first update that silence means
     * "none"; after an update ({@code required}) it is a failure.
     */
    private Map<String, Long> lookup(Connection c, boolean required) {
        Message reply;
        try {
            reply = request(c, subject("LOOKUP"), new byte[0]);
        } catch (AccountUpdateException e) {
            if (required || c == null || c.getStatus() != Connection.Status.CONNECTED) {
                throw e;
            }
            return new HashMap<>();
        }
        String text = new String(reply.getData(), StandardCharsets.US_ASCII).trim();
        Map<String, Long> out = new HashMap<>();
        String[] parts = text.split("\\.");
        if (parts.length != 3) {
            return out;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!identities.operatorPublicKey().equals(claims.path("iss").asText())
                    || !identities.accountPublicKey().equals(claims.path("sub").asText())) {
                return out;
            }
            JsonNode rev = claims.path("nats").path("revocations");
            for (Map.Entry<String, JsonNode> e : rev.properties()) {
                if (e.getValue().canConvertToLong()) {
                    out.put(e.getKey(), e.getValue().asLong());
                }
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable account JWT from the servers; not merging it");
        }
        return out;
    }

    private Message request(Connection c, String subject, byte[] body) {
        if (c == null) {
            throw new AccountUpdateException("no connection to the NATS system account");
        }
        Message reply;
        try {
            reply = c.request(subject, body, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccountUpdateException("interrupted while updating the account JWT");
        } catch (RuntimeException e) {
            throw new AccountUpdateException("cannot reach the NATS servers: " + e.getMessage());
        }
        if (reply == null) {
            throw new AccountUpdateException("no reply from the NATS servers within " + timeout);
        }
        return reply;
    }
}
