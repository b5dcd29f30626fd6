package dev.parley.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A refused bearer token outside the Twirp API: 401, Parley's error body and RFC 6750 §3's challenge. */
class TokenRefusedExceptionMapperTest {

    private final TokenRefusedExceptionMapper mapper = new TokenRefusedExceptionMapper();

    @Test
    void anExpiredTokenIs401WithItsCodeAndAnInvalidTokenChallenge() {
        Response r = mapper.toResponse(new TokenRefusedException(TokenRefusal.EXPIRED, "token has expired"));

        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getEntity()).isEqualTo(new ErrorBody("token_expired", "token_expired: token has expired"));
        assertThat(r.getHeaderString("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"token_expired\"");
        assertThat(r.getHeaderString("Cache-Control")).isEqualTo("no-store");
        assertThat(r.getMediaType().toString()).isEqualTo("application/json");
    }

    @ParameterizedTest
    @EnumSource(TokenRefusal.class)
    void everyCodeFitsTheCharactersAnErrorDescriptionMayHold_rfc6750_3(TokenRefusal refusal) {
        String challenge = mapper.toResponse(new TokenRefusedException(refusal, "x")).getHeaderString("WWW-Authenticate");
        String description = challenge.substring(challenge.indexOf("error_description=\"") + 19, challenge.length() - 1);
        assertThat(description).isEqualTo(refusal.code()).matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }
}
