/*
 * Parley's libsrtp2 cross-check harness (compiled and driven by LibsrtpCrossCheckTest).
 *
 *   srtp_harness <protect|unprotect> <rtp|rtcp> <profile> <master key hex> <master salt hex>
 *
 * profile: 1 = AES128_CM_HMAC_SHA1_80, 7 = AEAD_AES_128_GCM, 8 = AEAD_AES_256_GCM (the DTLS-SRTP
 * ids). Reads one packet per line as hex on stdin, runs it through one libsrtp session (any SSRC,
 * replay window 1024) and writes one line per packet: the resulting packet as hex, or
 * "ERR <srtp_err_status_t>".
 */
#include <srtp2/srtp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PACKET 4096

static int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes hex into out (at most max bytes); returns the byte count or -1. */
static int from_hex(const char *hex, unsigned char *out, int max) {
    int n = 0;
    while (hex[0] && hex[0] != '\n' && hex[0] != '\r') {
        int hi = hex_value(hex[0]);
        int lo = hex[1] ? hex_value(hex[1]) : -1;
        if (hi < 0 || lo < 0 || n >= max) return -1;
        out[n++] = (unsigned char)(hi << 4 | lo);
        hex += 2;
    }
    return n;
}

static int set_profile(srtp_policy_t *policy, int profile) {
    switch (profile) {
    case 1:
        srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy->rtp);
        srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy->rtcp);
        return 16 + 14;
    case 7:
        srtp_crypto_policy_set_aes_gcm_128_16_auth(&policy->rtp);
        srtp_crypto_policy_set_aes_gcm_128_16_auth(&policy->rtcp);
        return 16 + 12;
    case 8:
        srtp_crypto_policy_set_aes_gcm_256_16_auth(&policy->rtp);
        srtp_crypto_policy_set_aes_gcm_256_16_auth(&policy->rtcp);
        return 32 + 12;
    default:
        return -1;
    }
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s protect|unprotect rtp|rtcp profile keyhex salthex\n", argv[0]);
        return 2;
    }
    int protect = strcmp(argv[1], "protect") == 0;
    int rtcp = strcmp(argv[2], "rtcp") == 0;
    srtp_policy_t policy;
    memset(&policy, 0, sizeof policy);
    int key_length = set_profile(&policy, atoi(argv[3]));
    unsigned char key[64];
    int k = from_hex(argv[4], key, sizeof key);
    int s = k < 0 ? -1 : from_hex(argv[5], key + k, (int)sizeof key - k);
    if (key_length < 0 || k < 0 || s < 0 || k + s != key_length) {
        fprintf(stderr, "bad profile or key length\n");
        return 2;
    }
    if (srtp_init() != srtp_err_status_ok) {
        fprintf(stderr, "srtp_init failed\n");
        return 3;
    }
    policy.ssrc.type = protect ? ssrc_any_outbound : ssrc_any_inbound;
    policy.key = key;
    policy.window_size = 1024;
    policy.allow_repeat_tx = 0;
    policy.next = NULL;
    srtp_t session;
    srtp_err_status_t status = srtp_create(&session, &policy);
    if (status != srtp_err_status_ok) {
        fprintf(stderr, "srtp_create failed: %d\n", (int)status);
        return 3;
    }
    static char line[2 * MAX_PACKET + 16];
    static unsigned char packet[MAX_PACKET + SRTP_MAX_TRAILER_LEN + 4];
    while (fgets(line, sizeof line, stdin)) {
        int len = from_hex(line, packet, MAX_PACKET);
        if (len < 0) {
            fprintf(stderr, "bad hex line\n");
            return 2;
        }
        if (rtcp) {
            status = protect ? srtp_protect_rtcp(session, packet, &len) : srtp_unprotect_rtcp(session, packet, &len);
        } else {
            status = protect ? srtp_protect(session, packet, &len) : srtp_unprotect(session, packet, &len);
        }
        if (status != srtp_err_status_ok) {
            printf("ERR %d\n", (int)status);
            continue;
        }
        for (int i = 0; i < len; i++) printf("%02x", packet[i]);
        printf("\n");
    }
    srtp_dealloc(session);
    srtp_shutdown();
    return 0;
}
