/**
 * In-memory fakes of the authentication out-ports, published in the application's test-jar so
 * that adapter tests can assemble the real authentication services around them.
 */
package dev.parley.application.auth.fake;
