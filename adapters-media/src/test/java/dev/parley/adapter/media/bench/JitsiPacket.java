package dev.parley.adapter.media.bench;

import java.util.Arrays;
import org.jitsi.utils.ByteArrayBuffer;

/** The minimal {@link ByteArrayBuffer} jitsi-srtp needs: a packet view over a reused array. */
final class JitsiPacket implements ByteArrayBuffer {

    private byte[] buf;
    private int off;
    private int len;

    JitsiPacket(byte[] buf, int len) {
        this.buf = buf;
        this.len = len;
    }

    void reset(int length) {
        this.off = 0;
        this.len = length;
    }

    @Override
    public byte[] getBuffer() {
        return buf;
    }

    @Override
    public int getOffset() {
        return off;
    }

    @Override
    public int getLength() {
        return len;
    }

    @Override
    public void setLength(int length) {
        this.len = length;
    }

    @Override
    public void setOffset(int offset) {
        this.off = offset;
    }

    @Override
    public boolean isInvalid() {
        return false;
    }

    @Override
    public void readRegionToBuff(int offset, int length, byte[] out) {
        System.arraycopy(buf, off + offset, out, 0, length);
    }

    @Override
    public void grow(int howMuch) {
        if (buf.length - off - len < howMuch) {
            buf = Arrays.copyOf(buf, off + len + howMuch);
        }
    }

    @Override
    public void append(byte[] data, int length) {
        grow(length);
        System.arraycopy(data, 0, buf, off + len, length);
        len += length;
    }

    @Override
    public void shrink(int howMuch) {
        len = Math.max(0, len - howMuch);
    }
}
