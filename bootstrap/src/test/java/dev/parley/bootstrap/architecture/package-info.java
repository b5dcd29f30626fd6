/** Architecture rules enforced by ArchUnit over every module's classes, and the proofs that they can fail. */
package dev.parley.bootstrap.architecture;
