package dev.parley.domain.grant;

import dev.parley.domain.room.RoomName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision table of {@code access-decision-table.txt}, parsed strictly: an unknown alias,
 * code, action or grant field, or a row with the wrong number of cells, fails the load.
 */
final class AccessDecisionTable {

    static final String RESOURCE = "access-decision-table.txt";
    static final String ALLOW = "allow";

    /** A column: the action, and for DeleteRoom the deletion rule it is decided under (else null). */
    record Column(String alias, Action action, RoomDeletionRule deletionRule) {
    }

    /** One section: its columns and its grants, in order. */
    record Section(List<Column> columns, List<String> grants) {
    }

    /** One cell: grant x action -> expected ("allow" or a deny code). */
    record Cell(String grantNotation, VideoGrant grant, Column column, String expected, int line) {

        /** The rules to decide under: the column's own for DeleteRoom, both otherwise (they must agree). */
        List<RoomDeletionRule> rules() {
            return column.deletionRule() == null ? List.of(RoomDeletionRule.values()) : List.of(column.deletionRule());
        }

        @Override
        public String toString() {
            String rule = column.deletionRule() == null ? "" : " under " + column.deletionRule();
            return "[" + grantNotation + "] " + column.action() + rule + " -> " + expected + " (line " + line + ")";
        }
    }

    private final Map<String, Column> columnsByAlias = new LinkedHashMap<>();
    private final Map<String, String> codes = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private RoomName target;

    private AccessDecisionTable() {
    }

    static AccessDecisionTable load() {
        AccessDecisionTable table = new AccessDecisionTable();
        try (InputStream in = AccessDecisionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                table.read(line.strip(), number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    List<Section> sections() {
        return sections;
    }

    List<Cell> cells() {
        return cells;
    }

    Map<String, String> codes() {
        return codes;
    }

    List<Column> allColumns() {
        return List.copyOf(columnsByAlias.values());
    }

    private void read(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        try {
            if (line.startsWith("target ")) {
                target = RoomName.of(line.substring("target ".length()).strip());
            } else if (line.startsWith("action ")) {
                defineAction(definition(line, "action "));
            } else if (line.startsWith("code ")) {
                String[] def = definition(line, "code ");
                codes.put(def[0], def[1]);
            } else {
                readRow(line, number);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String[] definition(String line, String keyword) {
        String[] parts = line.substring(keyword.length()).split("=", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected '" + keyword + "<alias> = <value>'");
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }

    private void defineAction(String[] def) {
        if (target == null) {
            throw new IllegalStateException("'target' must come before the actions");
        }
        String[] words = def[1].split("\\s+");
        String name = words[0];
        String arg = words.length > 1 ? words[1] : null;
        RoomDeletionRule rule = null;
        Action action = switch (name) {
            case "JoinRoom" -> new Action.JoinRoom(target);
            case "PublishTrack" -> new Action.PublishTrack(target, TrackSource.valueOf(required(arg, name)));
            case "PublishData" -> new Action.PublishData(target);
            case "Subscribe" -> new Action.Subscribe(target);
            case "UpdateOwnMetadata" -> new Action.UpdateOwnMetadata(target);
            case "AdministerRoom" -> new Action.AdministerRoom(target, AdminOperation.valueOf(required(arg, name)));
            case "CreateRoom" -> new Action.CreateRoom(target);
            case "ListRooms" -> new Action.ListRooms();
            case "DeleteRoom" -> {
                rule = RoomDeletionRule.valueOf(required(arg, name));
                yield new Action.DeleteRoom(target);
            }
            case "RecordRoom" -> new Action.RecordRoom(target);
            case "ManageIngress" -> new Action.ManageIngress();
            default -> throw new IllegalArgumentException("unknown action " + name);
        };
        if (words.length > 2 || (arg != null && !List.of("PublishTrack", "AdministerRoom", "DeleteRoom").contains(name))) {
            throw new IllegalArgumentException("unexpected argument in '" + def[1] + "'");
        }
        if (columnsByAlias.put(def[0], new Column(def[0], action, rule)) != null) {
            throw new IllegalArgumentException("action alias " + def[0] + " defined twice");
        }
    }

    private static String required(String arg, String action) {
        if (arg == null) {
            throw new IllegalArgumentException(action + " needs an argument");
        }
        return arg;
    }

    private void readRow(String line, int number) {
        int bar = line.lastIndexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a row: " + line);
        }
        String last = line.substring(bar + 1).strip();
        List<String> fields = List.of(line.substring(0, bar).replace('|', ' ').strip().split("\\s+"));
        if (last.equals("grant")) {
            List<Column> columns = new ArrayList<>();
            for (String alias : fields) {
                Column c = columnsByAlias.get(alias);
                if (c == null) {
                    throw new IllegalArgumentException("unknown action alias " + alias);
                }
                columns.add(c);
            }
            sections.add(new Section(List.copyOf(columns), new ArrayList<>()));
            return;
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException("a row before any header");
        }
        Section section = sections.get(sections.size() - 1);
        if (fields.size() != section.columns().size()) {
            throw new IllegalArgumentException(fields.size() + " cells for " + section.columns().size() + " columns");
        }
        VideoGrant grant = GrantNotation.parse(last);
        section.grants().add(last);
        for (int i = 0; i < fields.size(); i++) {
            String expected = codes.get(fields.get(i));
            if (expected == null) {
                throw new IllegalArgumentException("unknown cell code " + fields.get(i));
            }
            cells.add(new Cell(last, grant, section.columns().get(i), expected, number));
        }
    }
}
