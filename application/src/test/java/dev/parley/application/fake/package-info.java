/** In-memory fakes of the out-ports, for service tests and as the reference the contract tests check. */
package dev.parley.application.fake;
