package dev.parley.adapter.nats.support;

import dev.parley.application.messaging.MessagingCredential;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real jnats participant connection holding the credential Parley issued: collects the
 * server's asynchronous errors (permission violations) and connection events with their times.
 */
public final class TestClient implements AutoCloseable {

    /** A connection event and when it happened. */
    public record Event(ConnectionListener.Events type, long nanoTime) {
    }

    private final Connection connection;
    private final BlockingQueue<String> errors;
    private final BlockingQueue<Event> events;

    private TestClient(Connection connection, BlockingQueue<String> errors, BlockingQueue<Event> events) {
        this.connection = connection;
        this.errors = errors;
        this.events = events;
    }

    static TestClient connect(MessagingCredential credential, String url, int maxReconnects) {
        try {
            return tryConnect(credential, url, maxReconnects);
        } catch (IOException e) {
            throw new IllegalStateException("participant could not connect: " + e.getMessage(), e);
        }
    }

    /** Connects or throws the connection failure (e.g. an authorization violation). */
    public static TestClient tryConnect(MessagingCredential credential, String url, int maxReconnects) throws IOException {
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Options options = new Options.Builder()
                .server(url)
                .authHandler(Nats.staticCredentials(credential.userJwt().toCharArray(), credential.userSeed().toCharArray()))
                .inboxPrefix(credential.inboxPrefix())
                .maxReconnects(maxReconnects)
                .reconnectWait(Duration.ofMillis(100))
                .connectionTimeout(Duration.ofSeconds(1))
                .errorListener(new ErrorListener() {
                    @Override
                    public void errorOccurred(Connection conn, String error) {
                        errors.add(error);
                    }

                    @Override
                    public void exceptionOccurred(Connection conn, Exception exp) {
                        errors.add("exception: " + exp);
                    }
                })
                .connectionListener((conn, type) -> events.add(new Event(type, System.nanoTime())))
                .build();
        try {
            return new TestClient(Nats.connect(options), errors, events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Publishes and flushes (the server has processed it when this returns, if the connection is up). */
    public void publish(String subject, String body) {
        connection.publish(subject, body.getBytes(StandardCharsets.UTF_8));
        flush();
    }

    /** Subscribes synchronously and makes sure the server has processed the SUB. */
    public Subscription subscribe(String subject) {
        Subscription s = connection.subscribe(subject);
        flush();
        return s;
    }

    public void flush() {
        try {
            connection.flush(Duration.ofSeconds(2));
        } catch (TimeoutException e) {
            throw new IllegalStateException("flush timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next asynchronous server error containing {@code fragment}, or null after {@code timeout}. */
    public String awaitError(String fragment, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            String e = errors.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && e.contains(fragment)) {
                return e;
            }
        }
    }

    /** The first event of {@code type}, or null after {@code timeout}. */
    public Event awaitEvent(ConnectionListener.Events type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && e.type() == type) {
                return e;
            }
        }
    }

    /** Receives the next message on {@code sub}, or null. */
    public static Message next(Subscription sub, Duration timeout) throws InterruptedException {
        return sub.nextMessage(timeout);
    }

    public boolean isConnected() {
        return connection.getStatus() == Connection.Status.CONNECTED;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
