package dev.parley.adapter.media.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Test listener: remembers the callbacks, in order, and lets a test wait for them. */
final class RecordingListener implements TransportListener {

    record Connected(int profileId, byte[] keys) {
    }

    final CompletableFuture<Connected> connected = new CompletableFuture<>();
    final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onConnected(int protectionProfileId, byte[] exportedKeyMaterial) {
        events.add("connected");
        connected.complete(new Connected(protectionProfileId, exportedKeyMaterial.clone()));
    }

    @Override
    public void onClosed(CloseReason reason) {
        events.add("closed " + reason);
        closed.complete(reason);
    }

    Connected awaitConnected(Duration wait) throws Exception {
        return connected.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    CloseReason awaitClosed(Duration wait) throws Exception {
        return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
