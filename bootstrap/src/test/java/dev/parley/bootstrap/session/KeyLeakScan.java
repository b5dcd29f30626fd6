package dev.parley.bootstrap.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks for raw key bytes in captured text and files, in every form a careless program would
 * write them: the raw bytes, hex (both cases), base64 (padded and not) and base64url.
 */
final class KeyLeakScan {

    private final List<byte[]> keys = new ArrayList<>();
    private final List<String> hits = new ArrayList<>();

    void addKey(byte[] key) {
        keys.add(key.clone());
    }

    private Set<String> textForms(byte[] key) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(HexFormat.of().formatHex(key));
        forms.add(HexFormat.of().withUpperCase().formatHex(key));
        forms.add(Base64.getEncoder().encodeToString(key));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(key));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        return forms;
    }

    /** Scans one captured text (an API answer, a webhook body, a log). */
    void scanText(String where, String text) {
        for (byte[] key : keys) {
            for (String form : textForms(key)) {
                if (text.contains(form)) {
                    hits.add(where + " contains a key as " + form.length() + "-char text");
                }
            }
        }
    }

    /** Scans every file under {@code root}, as bytes and as text. */
    void scanTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(f);
                } catch (IOException unreadable) {
                    continue; // a lock file of a running database, a socket
                }
                for (byte[] key : keys) {
                    if (indexOf(content, key) >= 0) {
                        hits.add(f + " contains the raw key bytes");
                    }
                }
                scanText(f.toString(), new String(content, StandardCharsets.ISO_8859_1));
            }
        }
    }

    int files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    List<String> hits() {
        return List.copyOf(hits);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
