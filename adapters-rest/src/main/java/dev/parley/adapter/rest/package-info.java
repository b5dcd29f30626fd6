/**
 * The REST adapter: Jakarta REST resources that drive the application's in-ports, and the
 * mapping of every failure to an HTTP status with a JSON body {@code {"code": ..., "message": ...}}.
 * Wire DTOs are private to this adapter.
 */
package dev.parley.adapter.rest;
