package dev.parley.adapter.rest.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/** A real HTTP(S) server on 127.0.0.1 that records every request and answers as the test says. */
final class Receiver implements AutoCloseable {

    /** One request as it arrived: method, path and query, headers (names lower case), body bytes. */
    record Captured(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** How the receiver answers one exchange (it must send a response). */
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Captured> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = status(204);

    private Receiver(HttpServer server) {
        this.server = server;
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                Map<String, List<String>> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
                String query = exchange.getRequestURI().getRawQuery();
                requests.add(new Captured(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query), headers, body));
                answer.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static Receiver http() throws IOException {
        return new Receiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    static Receiver https(SSLContext serverTls) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        return new Receiver(s);
    }

    /** Answers every following request with {@code a}. */
    Receiver answer(Answer a) {
        this.answer = a;
        return this;
    }

    static Answer status(int code) {
        return exchange -> exchange.sendResponseHeaders(code, -1);
    }

    /** The URL of {@code path} on this server ({@code http} or {@code https}, host 127.0.0.1). */
    URI url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Captured> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
