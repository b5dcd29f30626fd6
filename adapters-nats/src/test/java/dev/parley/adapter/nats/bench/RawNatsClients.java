package dev.parley.adapter.nats.bench;

import io.nats.client.NKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * Many participant connections on one selector thread: a minimal NATS client (INFO, CONNECT with
 * the user JWT and the nonce signed by the user's nkey, SUB, PING/PONG, MSG) over WebSocket
 * (RFC 6455 client framing, masked) or plain TCP.
 * <p>
 * Why not jnats for this: a jnats connection runs its own reader and writer threads plus a
 * dispatcher, so thousands of connections mean thousands of threads on a 2-core machine, and the
 * load generator would measure itself. One selector thread keeps the client side cheap, so the
 * figure is about the server and Parley's publisher. The protocol subset is small and documented
 * (docs.nats.io "Client Protocol").
 */
final class RawNatsClients implements AutoCloseable {

    /** What a connection has reached. */
    enum State { TCP, WS_UPGRADE, WAIT_INFO, WAIT_PONG, READY, FAILED }

    /** Receives each message payload of a connection: (connection index, receive nanos, payload bytes). */
    interface MessageSink {
        void onMessage(int connection, long nanos, byte[] buf, int off, int len);
    }

    private final class Conn {
        final int index;
        final SocketChannel ch;
        final String jwt;
        final NKey key;
        final String subscribe;
        State state;
        byte[] raw = new byte[4096];
        int rawLen;
        byte[] nats = new byte[8192];
        int natsLen;
        final Deque<ByteBuffer> out = new ArrayDeque<>();
        String error;

        Conn(int index, SocketChannel ch, String jwt, NKey key, String subscribe) {
            this.index = index;
            this.ch = ch;
            this.jwt = jwt;
            this.key = key;
            this.subscribe = subscribe;
            this.state = State.TCP;
        }
    }

    private final Selector selector;
    private final boolean websocket;
    private final String host;
    private final int port;
    private final MessageSink sink;
    private final IntConsumer onReady;
    private final IntConsumer onFailed;
    private final ByteBuffer readBuf = ByteBuffer.allocateDirect(256 * 1024);
    private final byte[] readArr = new byte[256 * 1024];
    private int pending;

    RawNatsClients(boolean websocket, String host, int port, MessageSink sink, IntConsumer onReady, IntConsumer onFailed)
            throws IOException {
        this.selector = Selector.open();
        this.websocket = websocket;
        this.host = host;
        this.port = port;
        this.sink = sink;
        this.onReady = onReady;
        this.onFailed = onFailed;
    }

    /** Connections still handshaking. */
    int pending() {
        return pending;
    }

    /** Starts connection {@code index} with its user JWT and seed, subscribing to {@code subject} once authenticated. */
    void open(int index, String jwt, String seed, String subject) throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        Conn c = new Conn(index, ch, jwt, NKey.fromSeed(seed.toCharArray()), subject);
        pending++;
        if (ch.connect(new InetSocketAddress(host, port))) {
            connected(c);
            ch.register(selector, SelectionKey.OP_READ, c);
        } else {
            ch.register(selector, SelectionKey.OP_CONNECT, c);
        }
    }

    /** Runs the selector for up to {@code millis}. */
    void poll(long millis) throws IOException {
        selector.select(Math.max(1, millis));
        long now = System.nanoTime();
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey k = it.next();
            it.remove();
            Conn c = (Conn) k.attachment();
            try {
                if (!k.isValid()) {
                    continue;
                }
                if (k.isConnectable()) {
                    if (c.ch.finishConnect()) {
                        connected(c);
                        k.interestOps(SelectionKey.OP_READ);
                    }
                    continue;
                }
                if (k.isWritable()) {
                    flush(c, k);
                }
                if (k.isReadable()) {
                    read(c, k, now);
                }
            } catch (IOException | RuntimeException e) {
                fail(c, k, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private void connected(Conn c) {
        if (websocket) {
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String req = "GET / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
            c.out.add(ByteBuffer.wrap(req.getBytes(StandardCharsets.US_ASCII)));
            c.state = State.WS_UPGRADE;
        } else {
            c.state = State.WAIT_INFO;
        }
        writeNow(c);
    }

    private void read(Conn c, SelectionKey k, long now) throws IOException {
        while (true) {
            readBuf.clear();
            int n = c.ch.read(readBuf);
            if (n < 0) {
                fail(c, k, c.error != null ? c.error : "closed by server");
                return;
            }
            if (n == 0) {
                return;
            }
            readBuf.flip();
            readBuf.get(readArr, 0, n);
            if (websocket) {
                c.raw = append(c.raw, c.rawLen, readArr, 0, n);
                c.rawLen += n;
                if (c.state == State.WS_UPGRADE && !upgrade(c, k)) {
                    return;
                }
                decodeFrames(c);
            } else {
                c.nats = append(c.nats, c.natsLen, readArr, 0, n);
                c.natsLen += n;
            }
            parse(c, k, now);
            if (c.state == State.FAILED) {
                return;
            }
        }
    }

    private boolean upgrade(Conn c, SelectionKey k) {
        int end = indexOf(c.raw, 0, c.rawLen, "\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = new String(c.raw, 0, end, StandardCharsets.US_ASCII);
        if (!head.startsWith("HTTP/1.1 101")) {
            fail(c, k, "WebSocket upgrade refused: " + head.lines().findFirst().orElse(""));
            return false;
        }
        int rest = c.rawLen - (end + 4);
        System.arraycopy(c.raw, end + 4, c.raw, 0, rest);
        c.rawLen = rest;
        c.state = State.WAIT_INFO;
        return true;
    }

    /** RFC 6455 §5.2: unmasked server frames; data frames go into the NATS stream. */
    private void decodeFrames(Conn c) {
        int pos = 0;
        while (c.rawLen - pos >= 2) {
            int b0 = c.raw[pos] & 0xff;
            int b1 = c.raw[pos + 1] & 0xff;
            int op = b0 & 0x0f;
            long len = b1 & 0x7f;
            int hdr = 2;
            if (len == 126) {
                if (c.rawLen - pos < 4) {
                    break;
                }
                len = ((c.raw[pos + 2] & 0xff) << 8) | (c.raw[pos + 3] & 0xff);
                hdr = 4;
            } else if (len == 127) {
                if (c.rawLen - pos < 10) {
                    break;
                }
                len = 0;
                for (int i = 0; i < 8; i++) {
                    len = (len << 8) | (c.raw[pos + 2 + i] & 0xff);
                }
                hdr = 10;
            }
            if ((b1 & 0x80) != 0) {
                hdr += 4; // a server never masks, but skip a key if one is there
            }
            if (c.rawLen - pos < hdr + len) {
                break;
            }
            int start = pos + hdr;
            if (op == 0 || op == 1 || op == 2) {
                c.nats = append(c.nats, c.natsLen, c.raw, start, (int) len);
                c.natsLen += (int) len;
            } else if (op == 9) {
                c.out.add(frame(java.util.Arrays.copyOfRange(c.raw, start, start + (int) len), 0x8A));
            } else if (op == 8) {
                c.error = c.error != null ? c.error : "WebSocket closed by server";
            }
            pos = start + (int) len;
        }
        System.arraycopy(c.raw, pos, c.raw, 0, c.rawLen - pos);
        c.rawLen -= pos;
    }

    private void parse(Conn c, SelectionKey k, long now) throws IOException {
        int pos = 0;
        while (true) {
            int eol = indexOf(c.nats, pos, c.natsLen, "\r\n");
            if (eol < 0) {
                break;
            }
            byte b = c.nats[pos];
            if (b == 'M') { // MSG <subject> <sid> [reply] <#bytes>
                int sp = eol - 1;
                while (c.nats[sp] != ' ') {
                    sp--;
                }
                int size = Integer.parseInt(new String(c.nats, sp + 1, eol - sp - 1, StandardCharsets.US_ASCII));
                int payload = eol + 2;
                if (c.natsLen < payload + size + 2) {
                    break;
                }
                sink.onMessage(c.index, now, c.nats, payload, size);
                pos = payload + size + 2;
                continue;
            }
            String line = new String(c.nats, pos, eol - pos, StandardCharsets.US_ASCII);
            pos = eol + 2;
            if (line.startsWith("PING")) {
                send(c, "PONG\r\n");
            } else if (line.startsWith("PONG")) {
                if (c.state == State.WAIT_PONG) {
                    c.state = State.READY;
                    pending--;
                    onReady.accept(c.index);
                }
            } else if (line.startsWith("INFO") && c.state == State.WAIT_INFO) {
                String nonce = field(line, "nonce");
                if (nonce == null) {
                    fail(c, k, "no nonce in INFO (server not in JWT mode?)");
                    return;
                }
                String sig;
                try {
                    sig = Base64.getUrlEncoder().withoutPadding().encodeToString(c.key.sign(nonce.getBytes(StandardCharsets.US_ASCII)));
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
                c.state = State.WAIT_PONG;
                send(c, "CONNECT {\"verbose\":false,\"pedantic\":false,\"jwt\":\"" + c.jwt + "\",\"sig\":\"" + sig
                        + "\",\"protocol\":1,\"echo\":false,\"lang\":\"parley-load\",\"version\":\"1\"}\r\nSUB "
                        + c.subscribe + " 1\r\nPING\r\n");
            } else if (line.startsWith("-ERR")) {
                c.error = line;
                if (c.state != State.READY) {
                    fail(c, k, line);
                    return;
                }
            }
        }
        System.arraycopy(c.nats, pos, c.nats, 0, c.natsLen - pos);
        c.natsLen -= pos;
    }

    private void send(Conn c, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        c.out.add(websocket ? frame(b, 0x82) : ByteBuffer.wrap(b));
        writeNow(c);
    }

    /** RFC 6455 §5.3: a client masks every frame. */
    private static ByteBuffer frame(byte[] payload, int b0) {
        int n = payload.length;
        int hdr = n < 126 ? 2 : n < 65536 ? 4 : 10;
        ByteBuffer f = ByteBuffer.allocate(hdr + 4 + n);
        f.put((byte) b0);
        if (n < 126) {
            f.put((byte) (0x80 | n));
        } else if (n < 65536) {
            f.put((byte) (0x80 | 126)).putShort((short) n);
        } else {
            f.put((byte) (0x80 | 127)).putLong(n);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        f.put(mask);
        for (int i = 0; i < n; i++) {
            f.put((byte) (payload[i] ^ mask[i & 3]));
        }
        f.flip();
        return f;
    }

    private void writeNow(Conn c) {
        try {
            while (!c.out.isEmpty()) {
                ByteBuffer b = c.out.peek();
                c.ch.write(b);
                if (b.hasRemaining()) {
                    SelectionKey k = c.ch.keyFor(selector);
                    if (k != null) {
                        k.interestOps(k.interestOps() | SelectionKey.OP_WRITE);
                    }
                    return;
                }
                c.out.poll();
            }
        } catch (IOException e) {
            c.error = "write failed: " + e.getMessage();
        }
    }

    private void flush(Conn c, SelectionKey k) {
        writeNow(c);
        if (c.out.isEmpty() && k.isValid()) {
            k.interestOps(SelectionKey.OP_READ);
        }
    }

    private void fail(Conn c, SelectionKey k, String why) {
        boolean wasPending = c.state != State.READY && c.state != State.FAILED;
        boolean wasReady = c.state == State.READY;
        if (c.state == State.FAILED) {
            return;
        }
        c.state = State.FAILED;
        c.error = why;
        if (wasPending) {
            pending--;
        }
        k.cancel();
        try {
            c.ch.close();
        } catch (IOException ignored) {
            // closing
        }
        onFailed.accept(wasReady ? -1 - c.index : c.index);
        if (failures++ < 5) {
            System.err.println("connection " + c.index + " failed: " + why);
        }
    }

    private int failures;

    private static String field(String info, String name) {
        String key = "\"" + name + "\":\"";
        int i = info.indexOf(key);
        if (i < 0) {
            return null;
        }
        int s = i + key.length();
        return info.substring(s, info.indexOf('"', s));
    }

    private static int indexOf(byte[] a, int from, int to, String needle) {
        byte n0 = (byte) needle.charAt(0);
        outer:
        for (int i = from; i <= to - needle.length(); i++) {
            if (a[i] != n0) {
                continue;
            }
            for (int j = 1; j < needle.length(); j++) {
                if (a[i + j] != (byte) needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] append(byte[] buf, int len, byte[] src, int off, int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(src, off, buf, len, n);
        return buf;
    }

    @Override
    public void close() throws IOException {
        for (SelectionKey k : selector.keys()) {
            try {
                k.channel().close();
            } catch (IOException ignored) {
                // closing
            }
        }
        selector.close();
    }
}
