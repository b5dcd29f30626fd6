/** Configuration: every key from MicroProfile Config, so each can come from an environment variable. */
package dev.parley.bootstrap.config;
