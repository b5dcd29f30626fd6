package dev.parley.adapter.media.dtls;

import java.io.IOException;

/** Where a {@link DtlsServerConnection} sends its datagrams: the shared socket, to the session's peer. */
@FunctionalInterface
public interface DatagramSink {

    /** Sends {@code buf[off, off+len)} as one datagram. */
    void send(byte[] buf, int off, int len) throws IOException;
}
