package dev.parley.bootstrap.system.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the echo page on http://127.0.0.1 (a secure context for getUserMedia and WebRTC) from the
 * installed browser-test folder, with the JDK's HTTP server. Only the named files are served.
 */
final class PageServer implements AutoCloseable {

    private static final Map<String, String> FILES = Map.of(
            "/echo.html", "text/html; charset=utf-8",
            "/echo.js", "text/javascript; charset=utf-8");

    private final HttpServer server;

    private PageServer(HttpServer server) {
        this.server = server;
    }

    static PageServer start(Path dir) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String type = FILES.get(path);
            byte[] body = type == null ? "not found".getBytes() : Files.readAllBytes(dir.resolve(path.substring(1)));
            exchange.getResponseHeaders().set("Content-Type", type == null ? "text/plain" : type);
            exchange.sendResponseHeaders(type == null ? 404 : 200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        s.start();
        return new PageServer(s);
    }

    String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
