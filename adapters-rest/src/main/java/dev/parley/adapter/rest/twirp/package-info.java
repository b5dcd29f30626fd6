/**
 * LiveKit's RoomService over Twirp with JSON ({@code POST /twirp/livekit.RoomService/<Method>}):
 * the resource, the dispatch of each method to its use case, and Twirp's error format
 * ({@code {"code", "msg", "meta"}} with Twirp's HTTP status for each code; Parley's stable code
 * in {@code meta.parley_code}).
 */
package dev.parley.adapter.rest.twirp;
