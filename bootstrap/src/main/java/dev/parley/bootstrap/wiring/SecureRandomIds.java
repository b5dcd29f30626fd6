package dev.parley.bootstrap.wiring;

import dev.parley.application.port.out.IdGenerator;
import java.security.SecureRandom;

/** LiveKit-style ids ({@code RM_}/{@code PA_} + 12 base62 characters, about 71 bits) from a strong random source. */
final class SecureRandomIds implements IdGenerator {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newRoomSid() {
        return "RM_" + random(12);
    }

    @Override
    public String newParticipantSid() {
        return "PA_" + random(12);
    }

    private String random(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return new String(out);
    }
}
