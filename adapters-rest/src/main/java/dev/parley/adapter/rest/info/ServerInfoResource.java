package dev.parley.adapter.rest.info;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code GET /api/info}: what this server is; names no key, secret or internal address. */
@Path("/api/info")
@ApplicationScoped
public class ServerInfoResource {

    private final String version;

    @Inject
    public ServerInfoResource(@ConfigProperty(name = "parley.version", defaultValue = "dev") String version) {
        this.version = version;
    }

    /** CDI needs a no-argument constructor for the client proxy. */
    protected ServerInfoResource() {
        this.version = "dev";
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ServerInfo info() {
        return new ServerInfo("parley", version, "/health/ready");
    }

    /** The response body. */
    public record ServerInfo(String name, String version, String health) {
    }
}
