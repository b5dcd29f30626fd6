package dev.parley.application.port.out;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.util.Set;

/** Stores which identities are banned from which rooms. */
public interface BanRepository {

    /** Bans {@code identity} from {@code room} (idempotent). */
    void ban(RoomName room, Identity identity, Instant at);

    /** Lifts a ban; false when there was none. */
    boolean unban(RoomName room, Identity identity);

    /** The identities banned from {@code room}. */
    Set<Identity> bannedFrom(RoomName room);

    /** Forgets every ban of {@code room}. */
    void removeAll(RoomName room);
}
