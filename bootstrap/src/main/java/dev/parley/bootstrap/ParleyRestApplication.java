package dev.parley.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The Jakarta REST application. Resources live in the REST adapter and carry their full paths
 * ({@code /api/...}, {@code /twirp/...}, {@code /auth/...}). {@code @ApplicationScoped} because
 * MicroProfile JWT needs the Application to be a bean under annotated discovery.
 */
@ApplicationPath("/")
@ApplicationScoped
public class ParleyRestApplication extends Application {
}
