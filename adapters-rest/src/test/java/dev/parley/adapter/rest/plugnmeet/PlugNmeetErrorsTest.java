package dev.parley.adapter.rest.plugnmeet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.rest.fixture.Answer;
import dev.parley.adapter.rest.json.MalformedRequestException;
import dev.parley.adapter.rest.json.RequestTooLargeException;
import dev.parley.application.UseCaseException;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plug-N-Meet's failure body ({@code status: false}, {@code msg}) with Parley's code and an HTTP status that says what failed. */
class PlugNmeetErrorsTest {

    private static Answer answer(RuntimeException e) {
        return Answer.of(new PlugNmeetExceptionMapper().toResponse(PlugNmeetErrors.translate(e)));
    }

    @Test
    void theBodyIsPlugNmeetsCommonResponsePlusParleysCode() {
        Answer a = answer(new UseCaseException(UseCaseException.Kind.NOT_FOUND, "room_not_found", "room x does not exist"));
        assertThat(a.body().size()).isEqualTo(3);
        assertThat(a.body().path("status").isBoolean()).isTrue();
        assertThat(a.body().path("status").asBoolean()).isFalse();
        assertThat(a.text("msg")).isEqualTo("room x does not exist");
        assertThat(a.text("code")).isEqualTo("room_not_found");
        assertThat(a.cacheControl()).isEqualTo("no-store");
    }

    @ParameterizedTest
    @CsvSource({"INVALID, 400", "UNAUTHENTICATED, 401", "DENIED, 403", "NOT_FOUND, 404", "CONFLICT, 409", "UNAVAILABLE, 503"})
    void aUseCaseFailureMapsByKind(UseCaseException.Kind kind, int status) {
        assertThat(answer(new UseCaseException(kind, "c", "m")).status()).isEqualTo(status);
    }

    @Test
    void bodyProblemsAreTheClientsAndSaySo() {
        assertThat(answer(new MalformedRequestException("request body is not valid JSON")).status()).isEqualTo(400);
        assertThat(answer(new RequestTooLargeException(1 << 20)).status()).isEqualTo(413);
        assertThat(answer(new DomainViolation("room_name_invalid", "bad")).status()).isEqualTo(400);
    }

    @Test
    void aTokenThatCannotBeMintedForWantOfAKeyIsUnavailable() {
        assertThat(answer(new TokenRefusedException(TokenRefusal.KEY_NOT_ACTIVE, "no key may sign")).status()).isEqualTo(503);
        assertThat(answer(new TokenRefusedException(TokenRefusal.CLAIM_INVALID, "bad room")).status()).isEqualTo(400);
    }

    @Test
    void anythingElseIs500AndLeaksNothing() {
        Answer a = answer(new IllegalStateException("secret=hunter2"));
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.text("msg")).doesNotContain("hunter2");
        assertThat(a.text("code")).isEqualTo("internal_error");
    }
}
