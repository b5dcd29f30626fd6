/** Trust levels: how much Parley knows about who is calling. */
package dev.parley.domain.trust;
