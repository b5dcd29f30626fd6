/**
 * Abstract contract tests of the token out-ports. A persistence or crypto adapter extends one and
 * supplies its implementation; the in-memory fakes run them here.
 */
package dev.parley.application.token.contract;
