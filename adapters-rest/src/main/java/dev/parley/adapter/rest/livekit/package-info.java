/**
 * LiveKit's protobuf messages of the RoomService as JSON (livekit_room.proto and
 * livekit_models.proto): request records read with the protobuf JSON mapping, response records
 * mapped from the domain and written with every field, by proto or JSON name. Field names,
 * int64-as-string and enum names follow protojson exactly, so LiveKit's server SDKs read them.
 */
package dev.parley.adapter.rest.livekit;
