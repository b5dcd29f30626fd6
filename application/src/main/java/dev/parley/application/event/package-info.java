/** Room events the application publishes when rooms and participants change. */
package dev.parley.application.event;
