/**
 * In-memory fakes of the token out-ports and a settable clock, published in the application's
 * test-jar so that adapter tests can assemble the real services around them.
 */
package dev.parley.application.token.fake;
