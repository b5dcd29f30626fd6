/** Server-managed room keys: generation, sealed storage, rotation epochs and distribution. */
package dev.parley.application.roomkey;
