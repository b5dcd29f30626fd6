/** End-to-end encryption key policy: who holds the keys that make media and data opaque to Parley. */
package dev.parley.domain.key;
