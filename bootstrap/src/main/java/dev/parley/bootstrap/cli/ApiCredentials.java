package dev.parley.bootstrap.cli;

import dev.parley.bootstrap.keys.DevKeyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The API key and secret a command signs with: {@code --api-key} and the environment's
 * {@code PARLEY_API_SECRET} (a secret never goes on the command line, where {@code ps} and shell
 * history would show it), or the development key under {@code --data-dir}.
 */
final class ApiCredentials {

    @Option(names = "--api-key", description = "API key id (default: $PARLEY_API_KEY, else the development key)")
    String apiKey;

    @Option(names = "--data-dir", description = "where the development key lives (default: $PARLEY_DATA_DIR or ./data)")
    Path dataDir;

    /** The key id and secret. */
    record Resolved(String keyId, String secret) {
        @Override
        public String toString() {
            return "Resolved[keyId=" + keyId + ", secret=<hidden>]";
        }
    }

    Resolved resolve() {
        String id = apiKey != null ? apiKey : System.getenv("PARLEY_API_KEY");
        String secret = System.getenv("PARLEY_API_SECRET");
        if (id != null && secret != null && !secret.isEmpty()) {
            return new Resolved(id, secret);
        }
        Path dir = dataDir != null ? dataDir : Path.of(System.getenv().getOrDefault("PARLEY_DATA_DIR", "data"));
        Path file = dir.resolve(DevKeyFile.FILE_NAME);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file);
            }
            if (id == null || id.equals(p.getProperty("key"))) {
                return new Resolved(p.getProperty("key"), p.getProperty("secret"));
            }
        }
        throw new IllegalStateException("no API credentials: set PARLEY_API_KEY and PARLEY_API_SECRET"
                + " (or run Parley in development mode so that " + file + " exists)");
    }
}
