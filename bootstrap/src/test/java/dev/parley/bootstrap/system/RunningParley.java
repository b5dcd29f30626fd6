package dev.parley.bootstrap.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A parley.jar process started for a test: its port, its output, and plain HTTP calls to it. */
public final class RunningParley implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    public final int port;
    /** The embedded nats-server's client port. */
    public final int natsPort;

    private RunningParley(Process process, Path output, int port, int natsPort) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.natsPort = natsPort;
    }

    /** Starts {@code parley.jar} with {@code env} on a free port, with its runtime and data under {@code workDir}. */
    public static RunningParley start(Path workDir, Map<String, String> env) throws IOException {
        String jar = System.getProperty("parley.jar", "target/parley.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no runnable jar at " + jar + ": run mvn package first");
        }
        int port = freePort();
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "parley-", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--port", String.valueOf(port), "--nohazelcast",
                "--rootdir", workDir.resolve("runtime-" + port).toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
        pb.environment().put("PARLEY_HTTP_PORT", String.valueOf(port));
        // Its own embedded nats-server and media port, so instances never meet on a default port.
        int natsPort = freePort();
        int natsWebsocketPort = freePort();
        pb.environment().put("PARLEY_NATS_PORT", String.valueOf(natsPort));
        pb.environment().put("PARLEY_NATS_WS_PORT", String.valueOf(natsWebsocketPort));
        pb.environment().put("PARLEY_MEDIA_UDP_PORT", String.valueOf(freeUdpPort()));
        pb.environment().putAll(env);
        return new RunningParley(pb.start(), out, port, natsPort);
    }

    private static int freeUdpPort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Waits until Parley is deployed and live ({@code /health/live} 200: Payara answers 503 "No
     * Application deployed" before that), then returns its {@code /health/ready} answer, UP or DOWN.
     */
    public HttpResponse<String> awaitHealthAnswer(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("parley exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/health/live").statusCode() == 200) {
                    return get("/health/ready");
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Parley was not live within " + timeout + ":\n" + output());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /**
     * Kills the JVM without warning: SIGKILL on Linux ({@link Process#destroyForcibly()}), so no
     * shutdown hook, no flush, no orderly close of the database. Returns once the process is gone.
     *
     * @return the pid that was killed
     */
    public long kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("parley (pid " + pid + ") still alive 30 s after SIGKILL");
        }
        return pid;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
