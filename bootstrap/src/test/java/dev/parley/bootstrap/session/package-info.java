/** System tests of participant sessions on the running jar: verifyToken, NATS credentials, renewal, room keys. */
package dev.parley.bootstrap.session;
