package dev.parley.application.webhook;

import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.webhook.fake.InMemoryWebhookOutbox;
import dev.parley.application.webhook.fake.ScriptedWebhookSender;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook services over in-memory fakes and the real token minting service (with the fake
 * codec, whose tokens decode back to their claims): an outbox, a scripted receiver, a clock that
 * only tests move.
 */
final class WebhookTestBed {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final String KEY = "APIwebhooks";
    static final WebhookEndpoint E1 = WebhookEndpoint.of("https://hooks.example.com/livekit?token=s3cr3t");
    static final WebhookEndpoint E2 = WebhookEndpoint.of("https://backup.example.org/hooks");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
    final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    final ScriptedWebhookSender receiver = new ScriptedWebhookSender(clock, Duration.ofSeconds(10));
    final RecordingAuditLog audit = new RecordingAuditLog();
    final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    final FakeSecretSealer sealer = new FakeSecretSealer();
    final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(7), clock, TokenPolicy.defaults());
    final FakeJwtCodec codec = new FakeJwtCodec();
    final TokenMintingService minter = new TokenMintingService(codec, new KeyRing(store, sealer), clock, TokenPolicy.defaults());
    private final AtomicInteger eventSerial = new AtomicInteger();
    private final AtomicInteger claimSerial = new AtomicInteger();
    double jitterRandom = 0;

    WebhookTestBed() {
        keys.importSecret(KEY, "webhook-secret-0123456789-abcdefghijklmnop");
    }

    OutboxRoomEventPublisher publisher(List<WebhookEndpoint> endpoints) {
        return new OutboxRoomEventPublisher(outbox, participants, endpoints, clock, () -> "EV_" + eventSerial.incrementAndGet());
    }

    WebhookDeliveryService service(WebhookSettings settings) {
        return new WebhookDeliveryService(outbox, receiver, minter, audit, settings, clock, () -> jitterRandom,
                () -> "claim-" + claimSerial.incrementAndGet());
    }

    static WebhookSettings settings(WebhookEndpoint... endpoints) {
        return WebhookSettings.defaults(List.of(endpoints)).withSigningKeyId(KEY);
    }

    TokenClaims claimsOf(String token) {
        return codec.decode(token).claims();
    }

    static Room room(String name) {
        return Room.create(RoomName.of(name), "RM_" + name, RoomPolicy.defaults(), "", T0);
    }

    /** Runs rounds while they find work. */
    static int drain(WebhookDeliveryService service) {
        int rounds = 0;
        while (service.deliverDue().foundWork()) {
            rounds++;
            if (rounds > 100_000) {
                throw new AssertionError("deliverDue keeps finding work");
            }
        }
        return rounds;
    }
}
