/** Checking the audit log's integrity: the hash chain that makes tampering with past entries visible. */
package dev.parley.application.audit;
