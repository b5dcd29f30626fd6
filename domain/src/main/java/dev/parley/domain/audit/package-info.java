/** Audit events: the record of every denied security decision and every privileged action. */
package dev.parley.domain.audit;
