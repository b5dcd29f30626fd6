/**
 * Abstract contract test of {@link dev.parley.application.roomkey.port.RoomKeyRepository}. A
 * persistence adapter extends it and supplies its implementation; the in-memory fake runs it here.
 */
package dev.parley.application.roomkey.contract;
