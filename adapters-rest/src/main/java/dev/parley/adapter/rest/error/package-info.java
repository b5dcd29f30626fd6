/** Exception mappers: every failure becomes a status, a stable code and a message; never a stack trace. */
package dev.parley.adapter.rest.error;
