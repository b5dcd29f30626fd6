package dev.parley.adapter.media.signaling;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Creates each {@link RtcEndpoint} with the application's {@link SignalingService}, resolved
 * from CDI (bootstrap produces it), so the endpoint gets its dependency through its constructor
 * whatever the bean-discovery mode of this jar.
 */
public class RtcEndpointConfigurator extends ServerEndpointConfig.Configurator {

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
        if (!endpointClass.equals(RtcEndpoint.class)) {
            throw new InstantiationException("this configurator only builds RtcEndpoint");
        }
        SignalingService service;
        try {
            service = CDI.current().select(SignalingService.class).get();
        } catch (RuntimeException e) {
            InstantiationException ie = new InstantiationException("no SignalingService: is the media adapter wired?");
            ie.initCause(e);
            throw ie;
        }
        return endpointClass.cast(new RtcEndpoint(service));
    }
}
