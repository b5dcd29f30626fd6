/**
 * Contract tests of the authentication out-ports, published in the test-jar: an implementation
 * in an adapter extends the abstract class and supplies a fresh instance.
 */
package dev.parley.application.auth.contract;
