package dev.parley.bootstrap.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The development key pair: generated from a strong random source at first start, kept under
 * the data directory in a file only the owner may read, and reported as "new" exactly once so
 * that its secret is printed once and never again.
 */
public final class DevKeyFile {

    /** File name under the data directory. */
    public static final String FILE_NAME = "dev-api-key.properties";

    private static final char[] ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private DevKeyFile() {
    }

    /** The key and whether this call created it. */
    public record Loaded(ApiKey key, boolean created) {
    }

    /** Loads the key under {@code dataDir}, creating it (owner-only permissions) if absent. */
    public static Loaded loadOrCreate(Path dataDir, SecureRandom random) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return new Loaded(read(file), false);
        }
        Files.createDirectories(dataDir);
        String id = "API" + randomString(random, 12);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(random, 32));
        Properties p = new Properties();
        p.setProperty("key", id);
        p.setProperty("secret", secret);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return new Loaded(read(file), false);
        } catch (UnsupportedOperationException nonPosix) {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            p.store(out, "Parley development API key. Development only: use PARLEY_KEYS in production.");
        }
        return new Loaded(new ApiKey(id, secret.getBytes(StandardCharsets.UTF_8)), true);
    }

    private static ApiKey read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String id = p.getProperty("key", "");
        String secret = p.getProperty("secret", "");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new IOException(file + " is not a valid development key file (delete it to generate a new key)");
        }
        return new ApiKey(id, secret.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String randomString(SecureRandom random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHANUM[random.nextInt(ALPHANUM.length)]);
        }
        return sb.toString();
    }
}
