package dev.parley.adapter.rest.json;

import java.util.Locale;

/**
 * Recognises a JSON {@code Content-Type} header ({@code application/json}, any parameters such
 * as {@code charset=utf-8}; RFC 8259 §11, RFC 9110 §8.3.1: type and subtype are case-insensitive)
 * without needing a JAX-RS runtime.
 */
public final class JsonContentType {

    private JsonContentType() {
    }

    /** True when {@code header} names {@code application/json}. */
    public static boolean isJson(String header) {
        if (header == null) {
            return false;
        }
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }
}
