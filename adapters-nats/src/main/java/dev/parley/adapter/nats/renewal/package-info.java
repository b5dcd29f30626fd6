/** Token renewal as NATS request/reply: the driving adapter in front of {@link dev.parley.application.session.RenewSessionUseCase}. */
package dev.parley.adapter.nats.renewal;
