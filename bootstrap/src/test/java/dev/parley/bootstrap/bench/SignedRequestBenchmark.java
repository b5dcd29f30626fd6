package dev.parley.bootstrap.bench;

import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.adapter.rest.auth.BoundedNonceRegistry;
import dev.parley.application.Caller;
import dev.parley.application.auth.KeyRingApiSecretLookup;
import dev.parley.application.auth.NonceRegistry;
import dev.parley.application.auth.RequestSignature;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.auth.SignedRequestAuthenticationService;
import dev.parley.application.auth.SignedRequestSettings;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of checking one signed server-API request (Plug-N-Meet's {@code /auth/room/isRoomActive}
 * with Parley's timestamp and nonce), without HTTP, JSON or the database:
 * <ul>
 *   <li>{@code signatureCheck}: {@link SignedRequestAuthenticationService#authenticate} as bootstrap wires
 *       it (key ring over AES-GCM-sealed secrets, {@link KeyRingApiSecretLookup}, the system clock,
 *       the default ±300 s window), with an in-memory key store instead of JPA and a nonce registry
 *       that accepts every nonce, so one pre-signed request can be checked again and again: headers,
 *       key id, key look-up, hex parsing, HMAC, constant-time comparison, window;</li>
 *   <li>{@code requestSignature}: {@link RequestSignature#replayProtected} alone, as the service calls
 *       it (a new {@link Mac} per call) plus the comparison;</li>
 *   <li>{@code hmacFloor}: the same HMAC-SHA256 with a {@link Mac} initialised once: what any
 *       implementation must pay;</li>
 *   <li>{@code replayRegistry}: the piece left out above, {@link BoundedNonceRegistry#register} of a
 *       fresh nonce in steady state, simulating 1000 signed requests per second of request time with
 *       the default window (~301 000 live nonces, one sweep per simulated second).</li>
 * </ul>
 *
 * <pre>
 * mvn -q -o install -DskipTests        # once, so that bootstrap sees the other modules
 * mvn -q -o -pl bootstrap -Pbench test-compile exec:exec                                            # ops/s, 1 thread
 * mvn -q -o -pl bootstrap -Pbench test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 -w 1s -r 1s -bm sample -tu ns"   # median
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignedRequestBenchmark {

    private static final String KEY = "APIbench";
    private static final String SECRET = "bK7vQ2mX9pL4wR8tY1zN6cF3hJ5dS0gA-eU_iO7kM2q";
    private static final byte[] BODY = "{\"room_id\":\"bench-room\"}".getBytes(StandardCharsets.UTF_8);

    private SignedRequestAuthenticationService service;
    private SignedRequest request;
    private byte[] presented;
    private byte[] signingPrefix;
    private byte[] secret;

    @Setup(Level.Trial)
    public void wire() {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        AesGcmSecretSealer sealer = AesGcmSecretSealer.withMasterKey(master);
        MemoryKeyStore store = new MemoryKeyStore();
        new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), Clock.systemUTC(), TokenPolicy.defaults())
                .importSecret(KEY, SECRET);
        service = new SignedRequestAuthenticationService(
                new KeyRingApiSecretLookup(new KeyRing(store, sealer), TokenPolicy.defaults()),
                new AcceptEveryNonce(), Clock.systemUTC(), SignedRequestSettings.defaults());
        secret = SECRET.getBytes(StandardCharsets.UTF_8);
    }

    /** Signs the request again each iteration, so that a long run never leaves the ±300 s window. */
    @Setup(Level.Iteration)
    public void sign() {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = "bench-nonce-" + Long.toHexString(System.nanoTime());
        presented = RequestSignature.replayProtected(secret, timestamp, nonce, BODY);
        signingPrefix = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.US_ASCII);
        request = new SignedRequest(KEY, HexFormat.of().formatHex(presented), timestamp, nonce, BODY);
        Caller caller = service.authenticate(request);
        if (!caller.actor().contains(KEY)) {
            throw new IllegalStateException("set-up request not authenticated as " + KEY + ": " + caller);
        }
    }

    @Benchmark
    public Caller signatureCheck() {
        return service.authenticate(request);
    }

    @Benchmark
    public boolean requestSignature() {
        return RequestSignature.matches(RequestSignature.replayProtected(secret, request.timestamp(), request.nonce(), BODY),
                presented);
    }

    /** A {@link Mac} initialised once per thread. */
    @State(Scope.Thread)
    public static class ThreadMac {
        Mac mac;

        @Setup(Level.Trial)
        public void init() throws GeneralSecurityException {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
    }

    @Benchmark
    public byte[] hmacFloor(ThreadMac m) {
        m.mac.update(signingPrefix);
        return m.mac.doFinal(BODY);
    }

    /** A registry in steady state: 1 ms of simulated request time per operation, window ±300 s. */
    @State(Scope.Thread)
    public static class Registry {
        static final long WINDOW_MS = 300_000;
        BoundedNonceRegistry registry;
        long nowMs;

        @Setup(Level.Trial)
        public void fill() {
            registry = new BoundedNonceRegistry(BoundedNonceRegistry.DEFAULT_CAPACITY);
            nowMs = 1_700_000_000_000L;
            for (int i = 0; i < WINDOW_MS + 1_000; i++) {
                next();
            }
        }

        NonceRegistry.Outcome next() {
            long now = ++nowMs;
            return registry.register(KEY, "n" + now, Instant.ofEpochMilli(now + WINDOW_MS + 1_000), Instant.ofEpochMilli(now));
        }
    }

    @Benchmark
    public NonceRegistry.Outcome replayRegistry(Registry r) {
        return r.next();
    }

    /** A key store in memory (production: JPA). */
    static final class MemoryKeyStore implements KeyRingStore {
        private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

        @Override
        public Optional<StoredKey> find(String keyId) {
            return Optional.ofNullable(keys.get(keyId));
        }

        @Override
        public List<StoredKey> list() {
            return new ArrayList<>(keys.values());
        }

        @Override
        public boolean add(StoredKey key) {
            return keys.putIfAbsent(key.id(), key) == null;
        }

        @Override
        public boolean updateState(String keyId, KeyState state) {
            return keys.computeIfPresent(keyId, (id, k) -> new StoredKey(k.id(), k.algorithm(), k.publicKey(),
                    k.sealedSecret(), k.created(), state)) != null;
        }
    }

    /** Every nonce is new: lets one pre-signed request be checked repeatedly. */
    static final class AcceptEveryNonce implements NonceRegistry {
        @Override
        public Outcome register(String keyId, String nonce, Instant expiresAt, Instant now) {
            return Outcome.ACCEPTED;
        }
    }
}
