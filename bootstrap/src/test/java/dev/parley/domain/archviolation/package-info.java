/** Deliberate rule breakers (test sources only) that prove the architecture rules can fail. */
package dev.parley.domain.archviolation;
