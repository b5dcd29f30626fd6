package dev.parley.adapter.nats.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.vault.SealedSecretStore;
import io.nats.client.NKey;
import io.nats.client.support.JsonSerializable;
import io.nats.client.support.JwtUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The operator, application account ("PARLEY") and system account keys of a Parley deployment,
 * and the JWTs they sign (NATS decentralised JWT authentication, operator mode).
 * <p>
 * {@link #loadOrCreate} generates each seed once, seals it with the deployment's
 * {@link SecretSealer} (context = the secret's name, e.g. {@code nats/operator}) and stores it in
 * the shared {@link SealedSecretStore}: every node and every restart uses the same operator and
 * accounts, so credentials one node signs are accepted by servers another node configured.
 * Seeds never leave this object; {@link #toString()} shows public keys only.
 */
public final class NatsIdentities {

    /** Store name and sealing context of the operator seed. */
    public static final String OPERATOR_SECRET = "nats/operator";
    /** Store name and sealing context of the application account seed. */
    public static final String ACCOUNT_SECRET = "nats/account";
    /** Store name and sealing context of the system account seed. */
    public static final String SYSTEM_SECRET = "nats/system";
    /** The application account's JWT name. */
    public static final String ACCOUNT_NAME = "PARLEY";
    /** The system account's JWT name. */
    public static final String SYSTEM_ACCOUNT_NAME = "SYS";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A participant user key pair and its JWT. The seed is the participant's secret: handed to it
     * once, never logged; {@link #toString()} shows the public key only.
     */
    public static final class SignedUser {
        private final String publicKey;
        private final char[] seed;
        private final String jwt;

        SignedUser(String publicKey, char[] seed, String jwt) {
            this.publicKey = publicKey;
            this.seed = seed;
            this.jwt = jwt;
        }

        /** The user public key {@code U...} (the credential id). */
        public String publicKey() {
            return publicKey;
        }

        /** The seed {@code SU...}; the caller clears the copy when done. */
        public char[] seed() {
            return seed.clone();
        }

        /** The signed user JWT. */
        public String jwt() {
            return jwt;
        }

        /** Overwrites the seed held here. */
        public void clear() {
            Arrays.fill(seed, '\0');
        }

        @Override
        public String toString() {
            return "SignedUser[" + publicKey + "]";
        }
    }

    private final NKey operator;
    private final NKey account;
    private final ParticipantSigner participants;
    private final NKey system;
    private final String operatorPub;
    private final String accountPub;
    private final String systemPub;

    private NatsIdentities(NKey operator, NKey account, NKey system) {
        this.operator = operator;
        this.account = account;
        this.system = system;
        this.operatorPub = publicKey(operator);
        this.accountPub = publicKey(account);
        this.systemPub = publicKey(system);
        if (operator.getType() != NKey.Type.OPERATOR || account.getType() != NKey.Type.ACCOUNT
                || system.getType() != NKey.Type.ACCOUNT) {
            throw new IllegalStateException("stored NATS keys have the wrong types");
        }
        byte[] accountSeed = rawSeed(account);
        try {
            this.participants = new ParticipantSigner(accountSeed, accountPub, RANDOM);
        } finally {
            Arrays.fill(accountSeed, (byte) 0);
        }
    }

    /** The 32 raw Ed25519 seed bytes of {@code key} (as jnats itself hands them to Bouncy Castle). */
    private static byte[] rawSeed(NKey key) {
        try {
            return key.getKeyPair().getPrivate().getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read a NATS key", e);
        }
    }

    /**
     * The deployment's identities: read from {@code store} and unsealed, or generated, sealed and
     * stored the first time. Safe when several nodes start at once: the first stored seed wins and
     * the others re-read it.
     */
    public static NatsIdentities loadOrCreate(SealedSecretStore store, SecretSealer sealer) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(sealer, "sealer");
        NKey operator = loadOrCreate(store, sealer, OPERATOR_SECRET, () -> create(NKey.Type.OPERATOR));
        NKey account = loadOrCreate(store, sealer, ACCOUNT_SECRET, () -> create(NKey.Type.ACCOUNT));
        NKey system = loadOrCreate(store, sealer, SYSTEM_SECRET, () -> create(NKey.Type.ACCOUNT));
        return new NatsIdentities(operator, account, system);
    }

    private static NKey loadOrCreate(SealedSecretStore store, SecretSealer sealer, String name, Supplier<NKey> generator) {
        Optional<SealedSecret> existing = store.find(name);
        if (existing.isEmpty()) {
            NKey fresh = generator.get();
            char[] seed = seedOf(fresh);
            byte[] plain = ascii(seed);
            try {
                if (store.addIfAbsent(name, sealer.seal(plain, name))) {
                    return fresh;
                }
            } finally {
                Arrays.fill(seed, '\0');
                Arrays.fill(plain, (byte) 0);
            }
            existing = store.find(name);
            if (existing.isEmpty()) {
                throw new IllegalStateException("sealed secret " + name + " was taken but cannot be read");
            }
        }
        byte[] plain = sealer.unseal(existing.get(), name);
        char[] seed = new char[plain.length];
        for (int i = 0; i < plain.length; i++) {
            seed[i] = (char) (plain[i] & 0xff);
        }
        Arrays.fill(plain, (byte) 0);
        try {
            return NKey.fromSeed(seed);
        } finally {
            Arrays.fill(seed, '\0');
        }
    }

    private static NKey create(NKey.Type type) {
        try {
            return switch (type) {
                case OPERATOR -> NKey.createOperator(RANDOM);
                case ACCOUNT -> NKey.createAccount(RANDOM);
                case USER -> NKey.createUser(RANDOM);
                default -> throw new IllegalArgumentException("unsupported key type " + type);
            };
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a NATS key", e);
        }
    }

    /** A fresh user key pair (one per credential). */
    public static NKey newUserKey() {
        return create(NKey.Type.USER);
    }

    /** The public key of {@code key} as text. */
    public static String publicKey(NKey key) {
        try {
            return new String(key.getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read a NATS public key", e);
        }
    }

    /** The seed of {@code key}; the caller clears it when done. */
    public static char[] seedOf(NKey key) {
        return key.getSeed();
    }

    public String operatorPublicKey() {
        return operatorPub;
    }

    public String accountPublicKey() {
        return accountPub;
    }

    public String systemAccountPublicKey() {
        return systemPub;
    }

    /** The operator JWT (self-signed, names the system account). Public: goes into the server configuration. */
    public String operatorJwt() {
        ObjectNode nats = JSON.createObjectNode();
        nats.put("type", "operator");
        nats.put("version", 2);
        nats.put("system_account", systemPub);
        return sign(operator, operatorPub, "parley-operator", null, now(), operatorPub, nats);
    }

    /** The system account JWT, signed by the operator (no JetStream: a system account may not have it). */
    public String systemAccountJwt() {
        ObjectNode nats = JSON.createObjectNode();
        nats.put("type", "account");
        nats.put("version", 2);
        ObjectNode limits = baseLimits(nats);
        limits.put("wildcards", true);
        return sign(operator, systemPub, SYSTEM_ACCOUNT_NAME, null, now(), operatorPub, nats);
    }

    /**
     * The application account JWT, signed by the operator, with unlimited JetStream and
     * {@code revocations} (user public key to epoch second: a user JWT issued at or before that
     * second is refused and its connections are closed).
     *
     * @param issuedAt the JWT's {@code iat}; a resolver ignores an update older than the JWT it holds
     */
    public String accountJwt(Map<String, Long> revocations, long issuedAt) {
        ObjectNode nats = JSON.createObjectNode();
        nats.put("type", "account");
        nats.put("version", 2);
        ObjectNode limits = baseLimits(nats);
        limits.put("wildcards", true);
        limits.put("mem_storage", -1);
        limits.put("disk_storage", -1);
        limits.put("streams", -1);
        limits.put("consumer", -1);
        ObjectNode perms = nats.putObject("default_permissions");
        perms.putObject("pub");
        perms.putObject("sub");
        if (!revocations.isEmpty()) {
            ObjectNode rev = nats.putObject("revocations");
            new TreeMap<>(revocations).forEach(rev::put);
        }
        return sign(operator, accountPub, ACCOUNT_NAME, null, issuedAt, operatorPub, nats);
    }

    /**
     * A user JWT of the application account, signed by the account key.
     *
     * @param userPublicKey  the user's public key (the JWT subject)
     * @param name           the JWT name (the session id, never the identity)
     * @param issuedAt       epoch second of issue
     * @param expiresAt      epoch second of expiry ({@code exp}); null: never (service users only)
     * @param publishAllow   subjects the user may publish to; empty: none
     * @param subscribeAllow subjects the user may subscribe to; empty: none
     * @param unrestricted   true for Parley's own service user (no allow lists at all)
     */
    public String userJwt(String userPublicKey, String name, long issuedAt, Long expiresAt, List<String> publishAllow,
            List<String> subscribeAllow, boolean unrestricted) {
        JwtUtils.UserClaim claim = new JwtUtils.UserClaim(accountPub);
        if (!unrestricted) {
            claim.pub(permission(publishAllow));
            claim.sub(permission(subscribeAllow));
        }
        return signUser(account, userPublicKey, name, issuedAt, expiresAt, claim);
    }

    /**
     * A participant credential: a fresh user key pair and its JWT signed by the application
     * account, with the given allow lists (an empty list allows nothing).
     *
     * @param name      the JWT name (the session id, never the identity)
     * @param issuedAt  epoch second of issue
     * @param expiresAt epoch second of expiry
     */
    public SignedUser signParticipant(String name, long issuedAt, long expiresAt, List<String> publishAllow,
            List<String> subscribeAllow) {
        if (expiresAt <= issuedAt) {
            throw new IllegalArgumentException("a credential must expire after it is issued");
        }
        return participants.sign(name, issuedAt, expiresAt, publishAllow, subscribeAllow);
    }

    /** A user JWT of the system account (Parley's connection for claim updates). */
    public String systemUserJwt(String userPublicKey, long issuedAt, long expiresAt) {
        return signUser(system, userPublicKey, "parley-system", issuedAt, expiresAt, new JwtUtils.UserClaim(systemPub));
    }

    /**
     * An allow list; an empty list becomes "deny everything", because a NATS permission without an
     * allow list allows every subject.
     */
    private static JwtUtils.Permission permission(List<String> allow) {
        return allow.isEmpty() ? new JwtUtils.Permission().deny(">")
                : new JwtUtils.Permission().allow(allow.toArray(String[]::new));
    }

    private static String signUser(NKey signer, String userPublicKey, String name, long issuedAt, Long expiresAt,
            JwtUtils.UserClaim claim) {
        Duration validity = expiresAt == null ? null : Duration.ofSeconds(expiresAt - issuedAt);
        if (validity != null && validity.isNegative()) {
            throw new IllegalArgumentException("a credential must not expire before it is issued");
        }
        try {
            return JwtUtils.issueUserJWT(signer, userPublicKey, name, validity, issuedAt, claim);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a NATS user JWT", e);
        }
    }

    private static ObjectNode baseLimits(ObjectNode nats) {
        ObjectNode limits = nats.putObject("limits");
        limits.put("subs", -1);
        limits.put("data", -1);
        limits.put("payload", -1);
        limits.put("imports", -1);
        limits.put("exports", -1);
        limits.put("conn", -1);
        limits.put("leaf", -1);
        return limits;
    }

    private static String sign(NKey signer, String subject, String name, Duration validity, long issuedAt, String issuer,
            ObjectNode nats) {
        String json = nats.toString();
        JsonSerializable body = () -> json;
        try {
            return JwtUtils.issueJWT(signer, subject, name, validity, issuedAt, issuer, body);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a NATS JWT", e);
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static byte[] ascii(char[] chars) {
        ByteBuffer b = StandardCharsets.US_ASCII.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        if (b.hasArray()) {
            Arrays.fill(b.array(), (byte) 0);
        }
        return out;
    }

    @Override
    public String toString() {
        return "NatsIdentities[operator=" + operatorPub + ", account=" + accountPub + ", system=" + systemPub + "]";
    }
}
