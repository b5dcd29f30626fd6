/** API keys from configuration, and the development key pair generated at first start. */
package dev.parley.bootstrap.keys;
