package dev.parley.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, started as the README starts it, answers health, info and errors as promised. */
class ParleyJarIT {

    private static final Duration START = Duration.ofSeconds(150);

    @TempDir
    Path work;

    @Test
    void developmentModeStartsReadyPrintsTheSecretOnceAndKeepsTheKey() throws Exception {
        Path data = work.resolve("data");
        String keyId;
        String secret;
        try (RunningParley parley = RunningParley.start(work, Map.of("PARLEY_DEV", "true", "PARLEY_DATA_DIR", data.toString()))) {
            HttpResponse<String> ready = parley.awaitHealthAnswer(START);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"").contains("api-keys").contains("storage").contains("database");
            assertThat(data.resolve("db/parley.mv.db")).as("the embedded H2 database lives under the data dir").isRegularFile();
            assertThat(parley.output()).contains("database schema is up to date")
                    .contains("imported into the sealed key ring");
            assertThat(data.resolve("master.key")).as("development master key").isRegularFile();
            assertThat(parley.get("/health/live").statusCode()).isEqualTo(200);

            String out = parley.output();
            assertThat(out).contains("Parley is running in DEVELOPMENT mode").contains("./parley token create --room demo --identity you --grant roomCreate=true")
                    .contains("http://127.0.0.1:" + parley.port + "/api/verifyToken")
                    .contains("http://127.0.0.1:" + parley.port)
                    .contains("Data:       " + data);
            Matcher m = Pattern.compile("API secret: (\\S+)").matcher(out);
            assertThat(m.find()).as("the secret is printed at first start").isTrue();
            secret = m.group(1);
            assertThat(m.find()).as("the secret is printed only once").isFalse();

            Properties keyFile = new Properties();
            try (var in = Files.newInputStream(data.resolve("dev-api-key.properties"))) {
                keyFile.load(in);
            }
            keyId = keyFile.getProperty("key");
            assertThat(keyFile.getProperty("secret")).isEqualTo(secret);
            assertThat(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(32);
            assertThat(out).contains("API key(s): " + keyId);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("dev-api-key.properties"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");

            byte[] database = Files.readAllBytes(data.resolve("db/parley.mv.db"));
            assertThat(new String(database, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("the API secret is stored sealed, never in plaintext").doesNotContain(secret);

            HttpResponse<String> info = parley.get("/api/info");
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"name\":\"parley\"").doesNotContain(secret).doesNotContain(keyId);
        }

        try (RunningParley again = RunningParley.start(work, Map.of("PARLEY_DEV", "true", "PARLEY_DATA_DIR", data.toString()))) {
            HttpResponse<String> ready = again.awaitHealthAnswer(START);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            String out = again.output();
            assertThat(out).as("the key survives a restart").contains("API key(s): " + keyId);
            assertThat(out).as("the secret is never printed after the first start").doesNotContain(secret);
            assertThat(out).as("the stored key is reused, not imported twice").doesNotContain("imported into the sealed key ring")
                    .doesNotContain("differs from the key ring");
        }
    }

    @Test
    void withoutKeysOutsideDevelopmentModeParleyIsLiveButNotReadyAndSaysWhy() throws Exception {
        try (RunningParley parley = RunningParley.start(work, Map.of("PARLEY_DATA_DIR", work.resolve("prod").toString()))) {
            HttpResponse<String> ready = parley.awaitHealthAnswer(START);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"").contains("no API key configured");
            assertThat(parley.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(parley.output()).contains("NOT READY:").doesNotContain("API secret:");

            assertErrorsAreJsonWithoutStackTraces(parley);
        }
    }

    private static void assertErrorsAreJsonWithoutStackTraces(RunningParley parley) throws Exception {
        HttpResponse<String> missing = parley.get("/api/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(missing.body()).isEqualTo("{\"code\":\"not_found\",\"message\":\"Not Found\"}");

        HttpResponse<String> wrongMethod = parley.send(HttpRequest.newBuilder(parley.uri("/api/info"))
                .DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"code\":\"method_not_allowed\"").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
