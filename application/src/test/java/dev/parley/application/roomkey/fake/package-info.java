/**
 * In-memory fake of the room key repository, published in the application's test-jar for the
 * room key services' tests.
 */
package dev.parley.application.roomkey.fake;
