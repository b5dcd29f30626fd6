package dev.parley.adapter.media.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link SignalingConnection} that keeps what the server sent and how it closed. */
final class RecordingConnection implements SignalingConnection {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> sent = new CopyOnWriteArrayList<>();
    final CountDownLatch closedLatch = new CountDownLatch(1);
    volatile int closeCode;
    volatile String closeReason;

    @Override
    public void send(String text) {
        sent.add(text);
    }

    @Override
    public void close(int code, String reason) {
        closeCode = code;
        closeReason = reason;
        closedLatch.countDown();
    }

    boolean isClosed() {
        return closedLatch.getCount() == 0;
    }

    boolean awaitClose(long millis) throws InterruptedException {
        return closedLatch.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The last message of {@code type}. */
    JsonNode last(String type) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            JsonNode n = parse(sent.get(i));
            if (type.equals(n.path("type").asText())) {
                return n;
            }
        }
        throw new AssertionError("no '" + type + "' message among " + sent);
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("server sent invalid JSON: " + s, e);
        }
    }
}
