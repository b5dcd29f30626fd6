package dev.parley.bootstrap.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients were told, room by room: the state each room must be in after the last write
 * that got a success response, and, for the one write per client that got no response (it was in
 * flight when the server died), the state it would have left, which is allowed but not required.
 *
 * <p>Every room belongs to exactly one client thread, which writes to it sequentially, so a room's
 * history is a sequence and "its last acknowledged state" is well defined.
 */
final class WriteLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A room's state as the API shows it.
     *
     * @param present  listed by ListRooms
     * @param metadata its metadata (only when present)
     * @param json     compare {@code metadata} as a JSON document rather than as a string
     *                 (Plug-N-Meet's create stores the metadata object re-serialised)
     */
    record State(boolean present, String metadata, boolean json) {

        static final State ABSENT = new State(false, null, false);

        static State withMetadata(String metadata) {
            return new State(true, metadata, false);
        }

        static State withJsonMetadata(String metadata) {
            return new State(true, metadata, true);
        }

        boolean sameAs(State actual) {
            if (present != actual.present) {
                return false;
            }
            if (!present) {
                return true;
            }
            if (!json) {
                return Objects.equals(metadata, actual.metadata);
            }
            try {
                return JSON.readTree(metadata).equals(JSON.readTree(actual.metadata));
            } catch (IOException notJson) {
                return false;
            }
        }

        @Override
        public String toString() {
            return present ? "present with metadata " + metadata : "absent";
        }
    }

    /** One room's history as its client saw it. Only its owning thread writes; read after the threads ended. */
    static final class Room {
        final String name;
        final boolean plugNmeet;
        State acknowledged = State.ABSENT;
        State unanswered;
        int acknowledgedWrites;
        final List<String> history = new ArrayList<>();

        Room(String name, boolean plugNmeet) {
            this.name = name;
            this.plugNmeet = plugNmeet;
        }
    }

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();

    Room newRoom(String name, boolean plugNmeet) {
        Room room = new Room(name, plugNmeet);
        if (rooms.putIfAbsent(name, room) != null) {
            throw new IllegalStateException("room name reused: " + name);
        }
        return room;
    }

    /** {@code write} got a success response: the room must now be in {@code after}. */
    void acknowledged(Room room, String write, State after) {
        room.acknowledged = after;
        room.acknowledgedWrites++;
        room.history.add(write + " -> ack");
    }

    /** {@code write} got no (or no success) response: the room may or may not be in {@code ifApplied}. */
    void unanswered(Room room, String write, State ifApplied) {
        room.unanswered = ifApplied;
        room.history.add(write + " -> no answer");
    }

    Map<String, Room> rooms() {
        return rooms;
    }

    /** Rooms whose last acknowledged state is "present". */
    List<Room> acknowledgedPresent() {
        return rooms.values().stream().filter(r -> r.acknowledgedWrites > 0 && r.acknowledged.present()).toList();
    }

    /** Rooms whose last acknowledged write deleted them. */
    List<Room> acknowledgedDeleted() {
        return rooms.values().stream().filter(r -> r.acknowledgedWrites > 0 && !r.acknowledged.present()).toList();
    }

    /**
     * Compares the ledger with the rooms the restarted server lists ({@code name -> metadata}).
     *
     * @return one line per acknowledged write that is not reflected (empty when nothing was lost),
     *         and one per listed room no client ever wrote
     */
    List<String> discrepancies(Map<String, String> listed) {
        List<String> out = new ArrayList<>();
        for (Room room : new TreeMap<>(rooms).values()) {
            String metadata = listed.get(room.name);
            State actual = metadata == null && !listed.containsKey(room.name) ? State.ABSENT : new State(true, metadata, false);
            boolean ok = room.acknowledged.sameAs(actual) || room.unanswered != null && room.unanswered.sameAs(actual);
            if (!ok) {
                out.add("room " + room.name + ": acknowledged " + room.acknowledged + " after " + room.acknowledgedWrites
                        + " acknowledged write(s)" + (room.unanswered == null ? "" : " (or unanswered " + room.unanswered + ")")
                        + ", found " + actual + "; history " + room.history);
            }
        }
        for (String name : new TreeMap<>(listed).keySet()) {
            if (!rooms.containsKey(name)) {
                out.add("room " + name + " is listed but no client ever created it");
            }
        }
        return out;
    }

    /** Parses a ListRooms response into {@code name -> metadata}. */
    static Map<String, String> listedRooms(String listRoomsResponse) throws IOException {
        JsonNode rooms = JSON.readTree(listRoomsResponse).path("rooms");
        Map<String, String> out = new TreeMap<>();
        for (JsonNode room : rooms) {
            if (out.put(room.path("name").asText(), room.path("metadata").asText("")) != null) {
                throw new IllegalStateException("ListRooms lists " + room.path("name").asText() + " twice");
            }
        }
        return out;
    }
}
