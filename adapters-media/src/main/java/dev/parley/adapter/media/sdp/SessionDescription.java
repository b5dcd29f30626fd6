package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole session description (RFC 8866 §5): origin, session name, session-level attributes and
 * the media sections. The constructor checks what spans sections: mids are unique, every mid of
 * an {@code a=group} names a section, at most one session-level fingerprint, setup, ufrag, pwd.
 * Session-level ICE and DTLS attributes apply to every section that has none of its own
 * (RFC 8839 §5.4, RFC 8842 §5); the {@code effective...} methods resolve that.
 */
public final class SessionDescription {

    private final Origin origin;
    private final String sessionName;
    private final Optional<String> connection;
    private final List<String> bandwidths;
    private final List<Attribute> attributes;
    private final List<MediaDescription> media;
    private final boolean iceLite;
    private final Optional<String> iceUfrag;
    private final Optional<String> icePwd;
    private final Optional<Fingerprint> fingerprint;
    private final Optional<Setup> setup;
    private final List<List<String>> bundleGroups;

    public SessionDescription(Origin origin, String sessionName, Optional<String> connection, List<String> bandwidths,
            List<Attribute> attributes, List<MediaDescription> media) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.sessionName = Objects.requireNonNull(sessionName, "sessionName");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.bandwidths = List.copyOf(bandwidths);
        this.attributes = List.copyOf(attributes);
        this.media = List.copyOf(media);
        if (sessionName.isEmpty()) {
            throw new SdpException("s= must not be empty (RFC 8866 §5.3)");
        }
        boolean lite = false;
        String ufrag = null;
        String pwd = null;
        Fingerprint fp = null;
        Setup st = null;
        List<List<String>> bundles = new ArrayList<>();
        Set<String> mids = new HashSet<>();
        for (MediaDescription m : this.media) {
            if (m.mid().isPresent() && !mids.add(m.mid().get())) {
                throw new SdpException("two media sections have the same a=mid");
            }
        }
        for (Attribute a : this.attributes) {
            switch (a.name()) {
                case "ice-lite" -> lite = true;
                case "ice-ufrag" -> {
                    dup(ufrag, "a=ice-ufrag");
                    ufrag = IceParameters.checkUfrag(required(a));
                }
                case "ice-pwd" -> {
                    dup(pwd, "a=ice-pwd");
                    pwd = IceParameters.checkPwd(required(a));
                }
                case "fingerprint" -> {
                    dup(fp, "a=fingerprint");
                    fp = Fingerprint.parse(required(a));
                }
                case "setup" -> {
                    dup(st, "a=setup");
                    st = Setup.parse(required(a));
                }
                case "group" -> {
                    String[] f = Tokens.fields(required(a), "a=group");
                    if (!Tokens.isToken(f[0])) {
                        throw new SdpException("a=group semantics is not a token");
                    }
                    List<String> ids = new ArrayList<>();
                    for (int i = 1; i < f.length; i++) {
                        if (!mids.contains(f[i])) {
                            throw new SdpException("a=group names a mid that no media section has");
                        }
                        ids.add(f[i]);
                    }
                    if ("BUNDLE".equals(f[0])) {
                        bundles.add(List.copyOf(ids));
                    }
                }
                default -> {
                    // kept verbatim
                }
            }
        }
        this.iceLite = lite;
        this.iceUfrag = Optional.ofNullable(ufrag);
        this.icePwd = Optional.ofNullable(pwd);
        this.fingerprint = Optional.ofNullable(fp);
        this.setup = Optional.ofNullable(st);
        this.bundleGroups = List.copyOf(bundles);
    }

    private static void dup(Object previous, String what) {
        if (previous != null) {
            throw new SdpException(what + " appears more than once at session level");
        }
    }

    private static String required(Attribute a) {
        if (a.value() == null || a.value().isEmpty()) {
            throw new SdpException("a=" + a.name() + " needs a value");
        }
        return a.value();
    }

    public Origin origin() {
        return origin;
    }

    public String sessionName() {
        return sessionName;
    }

    public Optional<String> connection() {
        return connection;
    }

    public List<String> bandwidths() {
        return bandwidths;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public List<MediaDescription> media() {
        return media;
    }

    /** True when the description carries {@code a=ice-lite} (RFC 8839 §5.3). */
    public boolean iceLite() {
        return iceLite;
    }

    /** The BUNDLE groups (RFC 8843 §7), each a list of mids, the first one tagging the group. */
    public List<List<String>> bundleGroups() {
        return bundleGroups;
    }

    /** The section with this mid. */
    public Optional<MediaDescription> section(String mid) {
        for (MediaDescription m : media) {
            if (m.mid().filter(mid::equals).isPresent()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The section's ICE credentials, or the session's when it has none. */
    public Optional<IceParameters> effectiveIce(MediaDescription m) {
        Optional<String> u = m.iceUfrag().or(() -> iceUfrag);
        Optional<String> p = m.icePwd().or(() -> icePwd);
        return u.isPresent() && p.isPresent() ? Optional.of(new IceParameters(u.get(), p.get())) : Optional.empty();
    }

    /** The section's fingerprint, or the session's when it has none. */
    public Optional<Fingerprint> effectiveFingerprint(MediaDescription m) {
        return m.fingerprint().or(() -> fingerprint);
    }

    /** The section's setup role, or the session's when it has none. */
    public Optional<Setup> effectiveSetup(MediaDescription m) {
        return m.setup().or(() -> setup);
    }

    /** True when an attribute of this name is present at session level. */
    public boolean has(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return true;
            }
        }
        return false;
    }
}
