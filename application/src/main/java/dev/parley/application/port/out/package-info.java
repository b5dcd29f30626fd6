/** Out-ports: what the application needs from the world (storage, audit, events, ids), named by capability. */
package dev.parley.application.port.out;
