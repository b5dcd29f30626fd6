package dev.parley.bootstrap.keys;

import dev.parley.bootstrap.config.ParleyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key that seals API secrets at rest (AES-256-GCM): {@code PARLEY_MASTER_KEY}
 * (32 bytes, base64) in production; in development mode, generated once into
 * {@code data/master.key} (owner-only). Never logged, never in an error message.
 */
@ApplicationScoped
public class MasterKeySource {

    /** File name of the development master key under the data directory. */
    public static final String DEV_FILE = "master.key";

    private ParleyConfig config;
    private Optional<String> configured;
    private volatile Optional<String> resolved;

    protected MasterKeySource() {
    }

    @Inject
    public MasterKeySource(ParleyConfig config, @ConfigProperty(name = "parley.master.key") Optional<String> configured) {
        this.config = config;
        this.configured = configured.filter(s -> !s.isBlank());
    }

    /** The base64 master key, or empty when none is configured outside development mode. */
    public synchronized Optional<String> masterKeyBase64() {
        if (resolved == null) {
            resolved = configured.isPresent() ? configured : config.dev() ? Optional.of(devKey()) : Optional.empty();
        }
        return resolved;
    }

    private String devKey() {
        Path file = config.dataDir().resolve(DEV_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(config.dataDir());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development master key under " + config.dataDir(), e);
        }
    }
}
