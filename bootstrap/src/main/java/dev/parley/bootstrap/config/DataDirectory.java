package dev.parley.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Creates the data directory readable by its owner only, and says whether it is usable. */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** Creates {@code dir} (owner-only) if needed and tightens its permissions when group or others could read it. */
    public static void prepare(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException nonPosix) {
                Files.createDirectories(dir);
            }
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (UnsupportedOperationException nonPosix) {
            // not a POSIX file system: nothing to tighten
        }
    }

    /** True when {@code dir} exists and Parley can write to it. */
    public static boolean usable(Path dir) {
        return Files.isDirectory(dir) && Files.isWritable(dir);
    }
}
