/** Key material from the JDK's CSPRNG and its Ed25519 key pair generator. */
package dev.parley.adapter.crypto.keys;
