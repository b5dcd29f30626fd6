package dev.parley.application.roomkey;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.roomkey.port.StoredRoomKey;
import dev.parley.application.token.port.KeyMaterialGenerator;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Server-managed room keys (KeyPolicy.SERVER_MANAGED): a 32-byte secret per epoch from the
 * strong generator, sealed at rest for {@code room-key/<roomSid>/<epoch>}, handed only to the
 * room's verified participants (verifyToken and their private channel). Rotation starts epoch
 * n+1 and sends it to every participant still in the room; a participant who joins later gets
 * only the current epoch. Key bytes never reach events, logs or exceptions.
 */
public final class RoomKeyService {

    /** Room keys are 32 bytes (256 bits). */
    public static final int KEY_BYTES = 32;

    private final RoomKeyRepository keys;
    private final SecretSealer sealer;
    private final KeyMaterialGenerator generator;
    private final ParticipantRepository participants;
    private final RoomRepository rooms;
    private final MessagingGateway messaging;
    private final RoomEventPublisher events;
    private final Clock clock;
    private final Duration rotationInterval;

    /** {@code rotationInterval}: rotate keys older than this on {@link #rotateDue()}; zero turns scheduled rotation off. */
    public RoomKeyService(RoomKeyRepository keys, SecretSealer sealer, KeyMaterialGenerator generator,
            ParticipantRepository participants, RoomRepository rooms, MessagingGateway messaging,
            RoomEventPublisher events, Clock clock, Duration rotationInterval) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.messaging = Objects.requireNonNull(messaging, "messaging");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rotationInterval = Objects.requireNonNull(rotationInterval, "rotationInterval");
        if (rotationInterval.isNegative()) {
            throw new IllegalArgumentException("rotation interval must not be negative");
        }
    }

    /** The room's current key, creating epoch 0 on first use; empty unless the room is SERVER_MANAGED. */
    public Optional<PrivateMessage.RoomKey> currentKey(Room room) {
        if (!room.policy().keyPolicy().serverHoldsKey()) {
            return Optional.empty();
        }
        Optional<StoredRoomKey> current = keys.current(room.sid());
        if (current.isEmpty()) {
            StoredRoomKey first = newEpoch(room, KeyEpoch.first(), RotationReason.INITIAL);
            current = keys.add(first) ? Optional.of(first) : keys.current(room.sid());
        }
        return current.map(k -> unseal(room, k));
    }

    /**
     * Starts a new epoch and sends it to every participant now in the room. Callers close the
     * sessions of anyone who must not get it (a removed participant) before calling this.
     *
     * @return the new epoch, or empty when the room is not SERVER_MANAGED
     */
    public Optional<KeyEpoch> rotate(Room room, RotationReason reason) {
        if (!room.policy().keyPolicy().serverHoldsKey()) {
            return Optional.empty();
        }
        StoredRoomKey next = null;
        for (int attempt = 0; attempt < 5 && next == null; attempt++) {
            KeyEpoch epoch = keys.current(room.sid()).map(k -> k.epoch().next()).orElse(KeyEpoch.first());
            StoredRoomKey candidate = newEpoch(room, epoch, reason);
            if (keys.add(candidate)) {
                next = candidate;
            }
        }
        if (next == null) {
            throw new IllegalStateException("could not start a new key epoch for room " + room.name());
        }
        PrivateMessage.RoomKey message = unseal(room, next);
        for (Participant p : participants.rosterOf(room.name()).all()) {
            messaging.sendPrivate(room.name(), p.sid(), message);
        }
        events.publish(new RoomEvent.RoomKeyRotated(room, next.epoch().number(), next.epoch().keyIndex(), reason.code()));
        return Optional.of(next.epoch());
    }

    /** Rotates the key of every open SERVER_MANAGED room whose current epoch is older than the interval. */
    public List<Room> rotateDue() {
        List<Room> rotated = new ArrayList<>();
        if (rotationInterval.isZero()) {
            return rotated;
        }
        Instant cutoff = clock.instant().minus(rotationInterval);
        for (Room room : rooms.findOpen()) {
            if (!room.policy().keyPolicy().serverHoldsKey()) {
                continue;
            }
            Optional<StoredRoomKey> current = keys.current(room.sid());
            if (current.isPresent() && current.get().createdAt().isBefore(cutoff)) {
                rotate(room, RotationReason.SCHEDULED);
                rotated.add(room);
            }
        }
        return rotated;
    }

    /** Forgets every epoch of an ended room. */
    public void forget(Room room) {
        keys.deleteRoom(room.sid());
    }

    private StoredRoomKey newEpoch(Room room, KeyEpoch epoch, RotationReason reason) {
        byte[] key = generator.randomBytes(KEY_BYTES);
        try {
            return new StoredRoomKey(room.sid(), epoch, sealer.seal(key, StoredRoomKey.sealingContext(room.sid(), epoch)),
                    reason, clock.instant());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private PrivateMessage.RoomKey unseal(Room room, StoredRoomKey stored) {
        byte[] key = sealer.unseal(stored.sealed(), StoredRoomKey.sealingContext(room.sid(), stored.epoch()));
        try {
            return new PrivateMessage.RoomKey(stored.epoch().number(), stored.epoch().keyIndex(), key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
