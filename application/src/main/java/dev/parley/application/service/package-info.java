/** Services implementing the use cases; plain classes with constructor injection, wired in bootstrap. */
package dev.parley.application.service;
