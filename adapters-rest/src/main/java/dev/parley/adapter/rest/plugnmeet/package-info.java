/**
 * Plug-N-Meet's signed room API ({@code POST /auth/room/<action>}) for integrations built on
 * {@code plugnmeet-sdk-js}: requests signed with {@code API-KEY} and {@code HASH-SIGNATURE}
 * (Parley's replay protection on by default, see
 * {@link dev.parley.application.auth.AuthenticateSignedRequestUseCase}), snake_case JSON, and
 * {@code {"status", "msg", ...}} response bodies as Plug-N-Meet writes them. Failures carry
 * {@code "status": false}, a precise {@code msg}, Parley's stable {@code code} and an HTTP status
 * that says what went wrong. No response ever contains room key material.
 */
package dev.parley.adapter.rest.plugnmeet;
