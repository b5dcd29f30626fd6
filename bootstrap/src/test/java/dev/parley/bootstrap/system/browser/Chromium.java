package dev.parley.bootstrap.system.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium and the node driver around it: the page and script from
 * {@code src/test/browser}, playwright-core installed once per build from the pinned
 * {@code package-lock.json} into {@code target/browser-e2e} ({@code npm ci --ignore-scripts}: no
 * browser download, the system's Chromium is used). Missing Chromium, node or npm fail the test
 * with what to install, never skip it.
 */
final class Chromium {

    private static final Path SOURCE = Path.of("src/test/browser");
    static final Path DIR = Path.of("target/browser-e2e");

    private Chromium() {
    }

    /** The browser executable ({@code CHROMIUM} env, default {@code /usr/bin/chromium}). */
    static Path executable() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    }

    /** Fails with an install hint unless Chromium is there; returns its version line. */
    static String requireInstalled() throws IOException, InterruptedException {
        Path exe = executable();
        if (!Files.isExecutable(exe)) {
            throw new AssertionError("Chromium is required for the browser tests and was not found at " + exe
                    + ": install it (Debian: apt-get install -y chromium) or set CHROMIUM to its path");
        }
        Result r = run(Path.of("."), Map.of(), 60, exe.toString(), "--version");
        if (r.exitCode() != 0) {
            throw new AssertionError(exe + " --version failed:\n" + r.output());
        }
        return r.stdout().trim();
    }

    /** Copies the page and driver into target and installs playwright-core unless this build already did. */
    static synchronized Path install() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        for (String f : List.of("package.json", "package-lock.json", "echo.html", "echo.js", "echo.mjs")) {
            Files.copy(SOURCE.resolve(f), DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            Result r;
            try {
                r = run(DIR, Map.of(), 300, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            } catch (IOException e) {
                throw new AssertionError("npm is required for the browser tests (Debian: apt-get install -y nodejs npm)", e);
            }
            if (r.exitCode() != 0) {
                throw new AssertionError("npm ci failed:\n" + r.output());
            }
        }
        return DIR;
    }

    /** Runs the echo driver against {@code pageUrl}. */
    static Result echo(String pageUrl, Map<String, String> env) throws IOException, InterruptedException {
        return run(DIR, env, 180, "node", "echo.mjs", pageUrl);
    }

    /** A finished process: exit code, standard output, and both streams for failure messages. */
    record Result(int exitCode, String stdout, String output) {
    }

    private static Result run(Path dir, Map<String, String> env, int timeoutSeconds, String... cmd)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("browser-out", ".txt");
        Path err = Files.createTempFile("browser-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            return new Result(p.exitValue(), stdout, stdout + "\n--- stderr ---\n" + stderr);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
