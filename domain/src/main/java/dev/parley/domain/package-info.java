/**
 * Parley's domain core: rooms, participants, grants, trust levels, key policy and the pure
 * decisions over them. Depends on nothing but the JDK; every type here is a value (record or
 * enum) or a pure function, so the rules can be tested exhaustively without infrastructure.
 */
package dev.parley.domain;
