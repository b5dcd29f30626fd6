/**
 * Bootstrap: wires Parley's services to its adapters with CDI, reads configuration through
 * MicroProfile Config, and packages everything as {@code parley.war} and the runnable
 * Payara Micro {@code parley.jar}.
 */
package dev.parley.bootstrap;
