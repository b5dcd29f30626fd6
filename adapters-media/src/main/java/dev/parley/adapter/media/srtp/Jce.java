package dev.parley.adapter.media.srtp;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import javax.crypto.Cipher;
import javax.crypto.Mac;

/**
 * Obtains JCE engines, preferring the JDK's own {@code SunJCE} provider (AES-NI, CLMUL and SHA
 * intrinsics) even if another provider such as Bouncy Castle was installed ahead of it, and
 * falling back to the default provider order on JDKs without {@code SunJCE}.
 */
final class Jce {

    private static final String PREFERRED = "SunJCE";

    private Jce() {
    }

    static Cipher cipher(String transformation) {
        try {
            try {
                return Cipher.getInstance(transformation, PREFERRED);
            } catch (NoSuchProviderException | NoSuchAlgorithmException notThere) {
                return Cipher.getInstance(transformation);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + transformation, e);
        }
    }

    static Mac mac(String algorithm) {
        try {
            try {
                return Mac.getInstance(algorithm, PREFERRED);
            } catch (NoSuchProviderException | NoSuchAlgorithmException notThere) {
                return Mac.getInstance(algorithm);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }
}
