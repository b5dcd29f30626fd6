package dev.parley.adapter.media.ice;

import java.net.InetSocketAddress;

/** Told by the {@link IceLiteAgent}, on its processing thread, about each connectivity check it answered with success. */
@FunctionalInterface
public interface IceCheckListener {

    /**
     * A valid binding request from {@code from} was answered.
     *
     * @param firstFromAddress true the first time {@code from} is validated for this session
     */
    void onCheckSucceeded(IceSession session, InetSocketAddress from, boolean firstFromAddress);
}
