package dev.parley.adapter.nats.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the {@code nats-server} executable: the configured path, else {@code PATH}, else the Debian location. */
public final class NatsServerBinary {

    /** Where Debian's {@code nats-server} package installs the binary. */
    public static final Path DEBIAN_PATH = Path.of("/usr/sbin/nats-server");

    private NatsServerBinary() {
    }

    /**
     * The executable to run.
     *
     * @param configured an explicit path, or null to search
     * @throws IllegalStateException naming every place looked at when none is executable
     */
    public static Path locate(Path configured) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(configured);
        } else {
            String path = System.getenv("PATH");
            if (path != null) {
                for (String dir : path.split(java.io.File.pathSeparator)) {
                    if (!dir.isEmpty()) {
                        candidates.add(Path.of(dir, "nats-server"));
                    }
                }
            }
            candidates.add(DEBIAN_PATH);
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("nats-server not found (looked at " + candidates
                + "); install it (Debian: apt-get install nats-server) or configure its path");
    }
}
