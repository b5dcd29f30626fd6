package dev.parley.application.auth;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;

/**
 * In-port: authenticates a server-API request signed with an API secret, Plug-N-Meet style,
 * with Parley's replay protection on by default.
 *
 * <h2>Replay-protected scheme (default)</h2>
 * Headers: {@code API-KEY: <key id>}, {@code X-Parley-Timestamp: <unix seconds>},
 * {@code X-Parley-Nonce: <16-64 characters of [A-Za-z0-9_-]>} and
 * {@code HASH-SIGNATURE: <64 lowercase hex digits>}, where
 * <pre>
 *   HASH-SIGNATURE = lowercase_hex( HMAC-SHA256( key = UTF-8 bytes of the API secret,
 *                                                 message = string_to_sign ) )
 *   string_to_sign = timestamp || 0x0A || nonce || 0x0A || raw_body
 * </pre>
 * {@code timestamp} and {@code nonce} are the header values exactly as sent (ASCII), {@code 0x0A}
 * is one line feed ({@code "\n"}), and {@code raw_body} is the request body byte for byte, not
 * re-serialised. In JavaScript:
 * {@code createHmac('sha256', secret).update(ts + "\n" + nonce + "\n").update(body).digest('hex')}.
 * The request is accepted when the timestamp is within the window (default +-300 s) of the
 * server's clock and the nonce has not been used with this key while its earlier request could
 * still be accepted.
 *
 * <h2>Plain Plug-N-Meet scheme (per key, off unless configured)</h2>
 * For a key listed in {@link SignedRequestSettings#plainSignatureKeys()}, a request without the
 * timestamp and nonce headers is accepted with
 * {@code HASH-SIGNATURE = lowercase_hex(HMAC-SHA256(secret, raw_body))}, so that
 * {@code plugnmeet-sdk-js} works unchanged. Such a request can be replayed; every use is logged.
 *
 * <h2>Refusals</h2>
 * {@link UseCaseException} of kind UNAUTHENTICATED with code {@code signature_missing} (a required
 * header is absent), {@code api_key_unknown} (no live HS256 key has this id),
 * {@code signature_invalid} (a header is malformed or the HMAC does not match),
 * {@code request_expired} (timestamp outside the window) or {@code nonce_reused}; of kind
 * UNAVAILABLE with {@code replay_cache_full} when the nonce registry cannot remember more.
 */
public interface AuthenticateSignedRequestUseCase {

    /**
     * The caller that signed {@code request}: {@link Caller#server(String)} for its API key.
     *
     * @throws UseCaseException as listed above; the message never contains the secret, the
     *         expected signature or any header value other than the key id
     */
    Caller authenticate(SignedRequest request);
}
