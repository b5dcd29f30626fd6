package dev.parley.bootstrap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real SDKs no one here wrote (LiveKit's Node server SDK, plugnmeet-sdk-js), installed once
 * per build from the pinned {@code src/test/node/package-lock.json} into {@code target/node-e2e},
 * and the scripts that drive them.
 */
final class NodeSdks {

    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path DIR = Path.of("target/node-e2e");

    private NodeSdks() {
    }

    /** Installs the SDKs (npm ci, no install scripts) unless this build already did. */
    static synchronized Path install() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, DIR.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.isDirectory(DIR.resolve("node_modules/livekit-server-sdk"))) {
            Result r = run(DIR, Map.of(), 300, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            if (r.exitCode() != 0) {
                throw new IllegalStateException("npm ci failed (Node.js and npm are needed for these tests):\n" + r.output());
            }
        }
        return DIR;
    }

    /** Runs {@code node script args...} in the SDK folder with {@code env} added. */
    static Result node(Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", script));
        cmd.addAll(List.of(args));
        return run(DIR, env, 120, cmd.toArray(String[]::new));
    }

    /** A finished process: its exit code and its standard output (standard error appended after a marker). */
    record Result(int exitCode, String stdout, String output) {
    }

    private static Result run(Path dir, Map<String, String> env, int timeoutSeconds, String... cmd)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-out", ".txt");
        Path err = Files.createTempFile("node-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return new Result(p.exitValue(), stdout, stdout + "\n--- stderr ---\n" + stderr);
    }
}
