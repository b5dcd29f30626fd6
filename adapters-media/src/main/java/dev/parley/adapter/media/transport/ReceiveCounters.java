package dev.parley.adapter.media.transport;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The receive thread's counters: single writer, so a plain increment published with release semantics (no CAS, no fence on x86). */
final class ReceiveCounters {

    final Counter datagrams = new Counter();
    final Counter dtls = new Counter();
    final Counter rtp = new Counter();
    final Counter rtcp = new Counter();
    final Counter unknownSource = new Counter();
    final Counter unclassified = new Counter();
    final Counter handlerErrors = new Counter();

    /** One counter written by one thread. */
    static final class Counter {
        private static final VarHandle VALUE;

        static {
            try {
                VALUE = MethodHandles.lookup().findVarHandle(Counter.class, "value", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused")
        private long value;

        void increment() {
            VALUE.setRelease(this, (long) VALUE.getOpaque(this) + 1);
        }

        long get() {
            return (long) VALUE.getAcquire(this);
        }
    }
}
