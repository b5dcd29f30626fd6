package dev.parley.adapter.rest.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body into memory, never more than a limit (so a huge body costs at most the limit). */
public final class RequestBody {

    /** Largest body the server APIs accept: 1 MiB (LiveKit allows 10 MiB; no RoomService message needs that). */
    public static final int MAX_BYTES = 1 << 20;

    private RequestBody() {
    }

    /**
     * The whole body, at most {@code limit} bytes.
     *
     * @throws RequestTooLargeException when the body holds more than {@code limit} bytes
     */
    public static byte[] read(InputStream in, int limit) {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        try {
            int n;
            while ((n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    throw new RequestTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // A client that stops sending half-way (or a broken connection) sent no complete body.
            throw new MalformedRequestException("request body could not be read completely");
        }
        return out.toByteArray();
    }

    /** {@link #read(InputStream, int)} with {@link #MAX_BYTES}. */
    public static byte[] read(InputStream in) {
        return read(in, MAX_BYTES);
    }
}
