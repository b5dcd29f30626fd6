package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.ice.IceCandidate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Chooses the addresses of Parley's host candidates (configuration first, then the bind address, then the host's interfaces). */
final class CandidateAddresses {

    private CandidateAddresses() {
    }

    static List<IceCandidate> hostCandidates(TransportConfig config, InetSocketAddress bound) {
        List<InetAddress> addresses = new ArrayList<>(config.advertisedAddresses());
        if (addresses.isEmpty()) {
            InetAddress bind = config.bindAddress();
            if (bind != null && !bind.isAnyLocalAddress()) {
                addresses.add(bind);
            } else {
                addresses.addAll(interfaceAddresses());
            }
        }
        if (addresses.isEmpty()) {
            addresses.add(InetAddress.getLoopbackAddress());
        }
        List<IceCandidate> candidates = new ArrayList<>(addresses.size());
        for (int i = 0; i < addresses.size(); i++) {
            candidates.add(IceCandidate.host(i, addresses.get(i), bound.getPort()));
        }
        return List.copyOf(candidates);
    }

    private static List<InetAddress> interfaceAddresses() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLinkLocalAddress() && !a.isLoopbackAddress() && !a.isMulticastAddress()) {
                        found.add(a);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found;
    }
}
