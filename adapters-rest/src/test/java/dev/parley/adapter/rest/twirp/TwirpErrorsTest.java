package dev.parley.adapter.rest.twirp;

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
import org.junit.jupiter.params.provider.EnumSource;

/** Twirp's error format and status table (Twirp spec v7, "Error codes"), and what Parley maps to each code. */
class TwirpErrorsTest {

    private static Answer answer(RuntimeException e) {
        return Answer.of(new TwirpExceptionMapper().toResponse(TwirpErrors.translate(e)));
    }

    @ParameterizedTest
    @CsvSource({
        "CANCELED, canceled, 408", "UNKNOWN, unknown, 500", "INVALID_ARGUMENT, invalid_argument, 400",
        "MALFORMED, malformed, 400", "DEADLINE_EXCEEDED, deadline_exceeded, 408", "NOT_FOUND, not_found, 404",
        "BAD_ROUTE, bad_route, 404", "ALREADY_EXISTS, already_exists, 409", "PERMISSION_DENIED, permission_denied, 403",
        "UNAUTHENTICATED, unauthenticated, 401", "RESOURCE_EXHAUSTED, resource_exhausted, 429",
        "FAILED_PRECONDITION, failed_precondition, 412", "ABORTED, aborted, 409", "OUT_OF_RANGE, out_of_range, 400",
        "UNIMPLEMENTED, unimplemented, 501", "INTERNAL, internal, 500", "UNAVAILABLE, unavailable, 503", "DATALOSS, dataloss, 500",
    })
    void everyTwirpCodeHasTheSpecsStatus(TwirpCode code, String wire, int status) {
        assertThat(code.code()).isEqualTo(wire);
        assertThat(code.httpStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID, invalid_argument, 400", "UNAUTHENTICATED, unauthenticated, 401", "DENIED, permission_denied, 403",
        "NOT_FOUND, not_found, 404", "CONFLICT, already_exists, 409", "UNAVAILABLE, unavailable, 503",
    })
    void aUseCaseFailureMapsByKind(UseCaseException.Kind kind, String code, int status) {
        Answer a = answer(new UseCaseException(kind, "some_code", "what happened"));
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.text("code")).isEqualTo(code);
        assertThat(a.text("msg")).isEqualTo("what happened");
        assertThat(a.parleyCode()).isEqualTo("some_code");
    }

    @Test
    void theBodyIsTwirpsShapeWithParleysCodeInMeta() {
        Answer a = answer(new UseCaseException(UseCaseException.Kind.NOT_FOUND, "room_not_found", "room x does not exist"));
        assertThat(a.body().size()).isEqualTo(3);
        assertThat(a.body().path("meta").size()).isEqualTo(1);
        assertThat(a.body().path("meta").path("parley_code").isTextual()).as("Twirp meta values are strings").isTrue();
        assertThat(a.contentType()).as("the Node SDK reads a Twirp error only when this is exactly application/json")
                .isEqualTo("application/json");
        assertThat(a.cacheControl()).isEqualTo("no-store");
    }

    @ParameterizedTest
    @EnumSource(TokenRefusal.class)
    void everyTokenRefusalIsUnauthenticatedWithItsCodeAndAChallenge_rfc6750_3(TokenRefusal refusal) {
        Answer a = answer(new TokenRefusedException(refusal, "described"));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("unauthenticated");
        assertThat(a.parleyCode()).isEqualTo(refusal.code());
        assertThat(a.wwwAuthenticate()).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void aDomainViolationIsInvalidArgument() {
        Answer a = answer(new DomainViolation("room_name_invalid", "room name must not be empty"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("invalid_argument");
        assertThat(a.parleyCode()).isEqualTo("room_name_invalid");
    }

    @Test
    void aMalformedBodyIsMalformed() {
        Answer a = answer(new MalformedRequestException("request body is not valid JSON"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("malformed");
    }

    @Test
    void anOversizedBodyIsResourceExhaustedAnswered413() {
        Answer a = answer(new RequestTooLargeException(1 << 20));
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.text("code")).isEqualTo("resource_exhausted");
        assertThat(a.parleyCode()).isEqualTo("request_too_large");
    }

    @Test
    void anythingElseIsInternalAndLeaksNothing() {
        Answer a = answer(new IllegalStateException("jdbc:postgresql://db:5432 password=hunter2"));
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.text("code")).isEqualTo("internal");
        assertThat(a.text("msg")).startsWith("unexpected server error; incident ").doesNotContain("hunter2").doesNotContain("jdbc");
    }

    @Test
    void aTwirpExceptionStaysAsItIs() {
        TwirpException e = new TwirpException(TwirpCode.BAD_ROUTE, "method_unknown", "no such method");
        assertThat(TwirpErrors.translate(e)).isSameAs(e);
    }
}
