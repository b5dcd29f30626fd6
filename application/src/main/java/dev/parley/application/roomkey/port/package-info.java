/** Out-ports for room keys: sealed storage of key epochs. */
package dev.parley.application.roomkey.port;
