/** Out-ports the session service drives besides messaging: other live channels of a session (the SFU). */
package dev.parley.application.session.port;
