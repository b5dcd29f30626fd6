package dev.parley.adapter.media.ice;

import dev.parley.adapter.media.stun.StunMessageType;
import dev.parley.adapter.media.stun.StunWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** Test helper: the Binding request a controlling full ICE agent (a browser) sends, with knobs to break it. */
public final class BindingRequest {

    private String username;
    private String password;
    private boolean useCandidate;
    private boolean controlled;
    private boolean integrity = true;
    private boolean integritySha256;
    private boolean fingerprint = true;
    private int unknownAttribute = -1;
    private int type = StunMessageType.BINDING_REQUEST;
    private final byte[] transactionId = new byte[12];

    private BindingRequest(String username, String password) {
        this.username = username;
        this.password = password;
        ThreadLocalRandom.current().nextBytes(transactionId);
    }

    /** A request from a peer with ufrag {@code remoteUfrag} to Parley's session {@code local}. */
    public static BindingRequest to(IceCredentials local, String remoteUfrag) {
        return new BindingRequest(local.ufrag() + ":" + remoteUfrag, local.pwd());
    }

    /** Adds USE-CANDIDATE (nomination). */
    public BindingRequest nominate() {
        useCandidate = true;
        return this;
    }

    /** Signs with another password. */
    public BindingRequest signedWith(String otherPassword) {
        password = otherPassword;
        return this;
    }

    /** Uses another USERNAME. */
    public BindingRequest username(String otherUsername) {
        username = otherUsername;
        return this;
    }

    /** Claims the controlled role (ICE-CONTROLLED instead of ICE-CONTROLLING). */
    public BindingRequest controlled() {
        controlled = true;
        return this;
    }

    /** Leaves MESSAGE-INTEGRITY out. */
    public BindingRequest withoutIntegrity() {
        integrity = false;
        return this;
    }

    /** Uses MESSAGE-INTEGRITY-SHA256 instead of MESSAGE-INTEGRITY. */
    public BindingRequest withSha256IntegrityOnly() {
        integrity = false;
        integritySha256 = true;
        return this;
    }

    /** Leaves FINGERPRINT out. */
    public BindingRequest withoutFingerprint() {
        fingerprint = false;
        return this;
    }

    /** Adds an attribute of {@code type} with a 4-byte value. */
    public BindingRequest withAttribute(int attributeType) {
        unknownAttribute = attributeType;
        return this;
    }

    /** Sends a message of another type (e.g. an indication). */
    public BindingRequest type(int messageType) {
        type = messageType;
        return this;
    }

    /** The transaction id. */
    public byte[] transactionId() {
        return transactionId.clone();
    }

    /** The encoded request. */
    public byte[] encode() {
        byte[] out = new byte[512];
        byte[] key = password.getBytes(StandardCharsets.UTF_8);
        StunWriter w = new StunWriter(out, 0).begin(type, transactionId, 0)
                .username(username)
                .priority(0x6e0001ffL);
        if (controlled) {
            w.iceControlled(0x1122334455667788L);
        } else {
            w.iceControlling(0x1122334455667788L);
        }
        if (useCandidate) {
            w.useCandidate();
        }
        if (unknownAttribute >= 0) {
            w.attribute(unknownAttribute, new byte[4], 0, 4);
        }
        if (integrity) {
            w.messageIntegrity(key);
        }
        if (integritySha256) {
            w.messageIntegritySha256(key);
        }
        if (fingerprint) {
            w.fingerprint();
        }
        return Arrays.copyOf(out, w.length());
    }
}
