package dev.parley.bootstrap.e2ee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published E2EE test vectors ({@code docs/e2ee-test-vectors.json}, computed by the Java reference
 * in {@code application.roomkey.derivation}) recomputed by WebCrypto, the API a browser client uses:
 * {@code src/test/node/e2ee-vectors.mjs} runs on Node's {@code globalThis.crypto.subtle}. Needs
 * {@code node} (18 or later) on the PATH; without it this test fails rather than skips.
 */
class E2eeVectorsWebCryptoTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path SCRIPT = MODULE.resolve("src/test/node/e2ee-vectors.mjs");
    private static final Path VECTORS = MODULE.resolve("../docs/e2ee-test-vectors.json").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void webCryptoRecomputesEveryPublishedVector() throws Exception {
        JsonNode file = JSON.readTree(VECTORS.toFile());
        int vectors = file.get("vectors").size();
        assertThat(vectors).as("vectors in the file").isGreaterThanOrEqualTo(20).isEqualTo(file.get("vectorCount").asInt());

        Run run = node(VECTORS);

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> ok = run.stdoutLines().stream().filter(l -> l.startsWith("ok ")).toList();
        assertThat(ok).as(run.output()).hasSize(vectors);
        List<String> ids = new ArrayList<>();
        file.get("vectors").forEach(v -> ids.add("ok " + v.get("id").asText()));
        assertThat(ok).containsExactlyElementsOf(ids);
        assertThat(run.stdoutLines()).contains("checked " + vectors + " vectors, 0 failed");
    }

    @Test
    void checkerFailsOnAWrongKeyAndOnAForgedMessageThatShouldBeRejected(@TempDir Path dir) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(VECTORS.toFile());
        ObjectNode firstMedia = null;
        ObjectNode reject = null;
        String validMessage = null;
        for (JsonNode v : file.get("vectors")) {
            String type = v.get("type").asText();
            if (firstMedia == null && type.equals("mediaFrameKey")) {
                firstMedia = (ObjectNode) v;
            } else if (reject == null && type.equals("chatReject")) {
                reject = (ObjectNode) v;
            } else if (validMessage == null && type.equals("chatDecrypt")) {
                validMessage = v.get("messageBase64").asText();
            }
        }
        assertThat(firstMedia).isNotNull();
        assertThat(reject).isNotNull();
        assertThat(validMessage).isNotNull();
        String key = firstMedia.get("expectedKeyHex").asText();
        firstMedia.put("expectedKeyHex", (key.charAt(0) == '0' ? "1" : "0") + key.substring(1));
        reject.put("messageBase64", validMessage); // authentic, so "must be rejected" cannot hold
        String mediaId = firstMedia.get("id").asText();
        String rejectId = reject.get("id").asText();
        Path broken = dir.resolve("broken-vectors.json");
        Files.writeString(broken, JSON.writeValueAsString(file), StandardCharsets.UTF_8);

        Run run = node(broken);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stdoutLines()).as(run.output())
                .anyMatch(l -> l.startsWith("FAIL " + mediaId + ": frame key"))
                .anyMatch(l -> l.startsWith("FAIL " + rejectId + ": decrypted"))
                .contains("checked " + file.get("vectors").size() + " vectors, 2 failed");
    }

    private record Run(int exitCode, List<String> stdoutLines, String output) {
    }

    private static Run node(Path vectors) throws IOException, InterruptedException {
        Path out = Files.createTempFile("e2ee-vectors-out", ".txt");
        Path err = Files.createTempFile("e2ee-vectors-err", ".txt");
        try {
            Process p;
            try {
                p = new ProcessBuilder("node", SCRIPT.toString(), vectors.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                return fail("could not start `node` (Node.js 18+ must be on the PATH for the WebCrypto check): " + e.getMessage());
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail("node " + SCRIPT + " did not finish in 120 s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            return new Run(p.exitValue(), stdout.lines().toList(), stdout + "\n--- stderr ---\n" + stderr);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
