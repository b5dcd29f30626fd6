package dev.parley.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The body limit: exactly the limit is accepted, one byte more is not, and reading stops there. */
class RequestBodyTest {

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        assertThat(RequestBody.read(new ByteArrayInputStream(new byte[RequestBody.MAX_BYTES]))).hasSize(RequestBody.MAX_BYTES);
    }

    @Test
    void oneByteMoreIsTooLarge() {
        assertThatThrownBy(() -> RequestBody.read(new ByteArrayInputStream(new byte[RequestBody.MAX_BYTES + 1])))
                .isInstanceOfSatisfying(RequestTooLargeException.class, e -> assertThat(e.code()).isEqualTo("request_too_large"));
    }

    @Test
    void anEndlessBodyIsReadOnlyUpToTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        assertThatThrownBy(() -> RequestBody.read(endless, 1000)).isInstanceOf(RequestTooLargeException.class);
        assertThat(served[0]).isLessThanOrEqualTo(1001);
    }

    @Test
    void aBrokenStreamIsMalformed() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> RequestBody.read(broken)).isInstanceOf(MalformedRequestException.class)
                .hasMessageNotContaining("connection reset");
    }

    @Test
    void noStreamIsAnEmptyBody() {
        assertThat(RequestBody.read(null)).isEmpty();
    }

    @Test
    void jsonContentTypesAreRecognised_rfc9110_8_3_1() {
        assertThat(JsonContentType.isJson("application/json")).isTrue();
        assertThat(JsonContentType.isJson("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(JsonContentType.isJson("application/json;charset=utf-8")).isTrue();
        assertThat(JsonContentType.isJson("application/jsonp")).isFalse();
        assertThat(JsonContentType.isJson("application/protobuf")).isFalse();
        assertThat(JsonContentType.isJson("text/json")).isFalse();
        assertThat(JsonContentType.isJson(null)).isFalse();
    }
}
