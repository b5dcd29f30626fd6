package dev.parley.adapter.media.sfu;

import java.util.concurrent.atomic.LongAdder;

/** The SFU's packet-path counters, cheap to bump from any thread. */
final class SfuCounters {
    final LongAdder rtpReceived = new LongAdder();
    final LongAdder rtpForwarded = new LongAdder();
    final LongAdder rtpBeforeKeys = new LongAdder();
    final LongAdder srtpRejected = new LongAdder();
    final LongAdder rtpUnknownSource = new LongAdder();
    final LongAdder forwardNotReady = new LongAdder();
    final LongAdder sendFailed = new LongAdder();
    final LongAdder rtcpReceived = new LongAdder();
    final LongAdder rtcpMalformed = new LongAdder();
    final LongAdder keyframeRequestsReceived = new LongAdder();
    final LongAdder keyframeRequestsSent = new LongAdder();
    final LongAdder senderReportsForwarded = new LongAdder();

    SfuStats snapshot(int rooms, int peers) {
        return new SfuStats(rtpReceived.sum(), rtpForwarded.sum(), rtpBeforeKeys.sum(), srtpRejected.sum(),
                rtpUnknownSource.sum(), forwardNotReady.sum(), sendFailed.sum(), rtcpReceived.sum(), rtcpMalformed.sum(),
                keyframeRequestsReceived.sum(), keyframeRequestsSent.sum(), senderReportsForwarded.sum(), rooms, peers);
    }
}
