package dev.parley.adapter.rest.admin;

import dev.parley.adapter.rest.auth.BearerToken;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.auth.AuthenticateBearerUseCase;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import java.util.Optional;

/** Turns a request's credentials into a {@link Caller}: a Bearer token if present, else a signed request. */
final class ServerCallers {

    private ServerCallers() {
    }

    static Caller authenticate(AuthenticateBearerUseCase bearer, AuthenticateSignedRequestUseCase signed,
            String authorization, String apiKey, String signature, String timestamp, String nonce, byte[] body) {
        Optional<String> token = BearerToken.from(authorization);
        if (token.isPresent()) {
            return bearer.authenticate(token.get());
        }
        return signed.authenticate(new SignedRequest(apiKey, signature, timestamp, nonce, body));
    }

    /** Only a signed request: token holders may not administer keys. */
    static Caller authenticateSigned(AuthenticateSignedRequestUseCase signed,
            String apiKey, String signature, String timestamp, String nonce, byte[] body) {
        return signed.authenticate(new SignedRequest(apiKey, signature, timestamp, nonce, body));
    }

    /** A body problem (malformed or too large JSON) as the use-case error the generic mapper answers with 400. */
    static UseCaseException invalid(RequestBodyException e) {
        return new UseCaseException(UseCaseException.Kind.INVALID, e.code(), e.getMessage());
    }
}
