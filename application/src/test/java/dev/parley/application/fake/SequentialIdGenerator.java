package dev.parley.application.fake;

import dev.parley.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids ({@code RM_1}, {@code PA_2}...) so tests can name them. */
public final class SequentialIdGenerator implements IdGenerator {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String newRoomSid() {
        return "RM_" + next.getAndIncrement();
    }

    @Override
    public String newParticipantSid() {
        return "PA_" + next.getAndIncrement();
    }
}
