package dev.parley.bootstrap.wiring;

import dev.parley.adapter.rest.auth.BoundedNonceRegistry;
import dev.parley.application.auth.AuthenticateBearerUseCase;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.BearerAuthenticationService;
import dev.parley.application.auth.KeyRingApiSecretLookup;
import dev.parley.application.auth.SignedRequestAuthenticationService;
import dev.parley.application.auth.SignedRequestSettings;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.bootstrap.config.ParleyConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the two ways a server caller authenticates: a Bearer access token (LiveKit's Twirp API)
 * and a signed request (Plug-N-Meet's API, with Parley's timestamp and nonce against replay).
 * The nonce registry is one bounded, in-memory instance per JVM.
 */
@ApplicationScoped
public class AuthProducers {

    @Inject
    private VerifyAccessTokenUseCase verifier;

    @Inject
    private KeyRing keyRing;

    @Inject
    private ParleyConfig config;

    @Inject
    @ConfigProperty(name = "parley.auth.signed.window-seconds", defaultValue = "300")
    private int windowSeconds;

    @Inject
    @ConfigProperty(name = "parley.auth.signed.plain-signature-keys", defaultValue = " ")
    private String plainSignatureKeys;

    @Inject
    @ConfigProperty(name = "parley.auth.signed.nonce-capacity", defaultValue = "2000000")
    private int nonceCapacity;

    private BearerAuthenticationService bearer;
    private SignedRequestAuthenticationService signed;

    @PostConstruct
    void build() {
        Set<String> plainKeys = Arrays.stream(plainSignatureKeys.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        bearer = new BearerAuthenticationService(verifier);
        signed = new SignedRequestAuthenticationService(
                new KeyRingApiSecretLookup(keyRing, TokenPolicy.defaults().withDevelopmentMode(config.dev())),
                new BoundedNonceRegistry(nonceCapacity), Clock.systemUTC(),
                new SignedRequestSettings(Duration.ofSeconds(windowSeconds), plainKeys));
    }

    @Produces
    AuthenticateBearerUseCase authenticateBearer() {
        return bearer;
    }

    @Produces
    AuthenticateSignedRequestUseCase authenticateSignedRequest() {
        return signed;
    }
}
