/** What happens once at start: data directory, keys, and the few lines that tell a newcomer where to go. */
package dev.parley.bootstrap.startup;
