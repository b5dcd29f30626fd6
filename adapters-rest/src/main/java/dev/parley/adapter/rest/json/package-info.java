/**
 * JSON on the wire, strictly: a bounded body reader, a parser that refuses duplicate names,
 * deep nesting, oversized tokens, trailing data and non-objects, and a protojson-style reader
 * and writer (proto field names or their lowerCamel JSON names, int64 as strings, enum names)
 * shared by the LiveKit Twirp and the Plug-N-Meet APIs. Every failure is a
 * {@link dev.parley.adapter.rest.json.RequestBodyException} with a precise message that quotes
 * nothing from the body.
 */
package dev.parley.adapter.rest.json;
