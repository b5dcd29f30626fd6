/** Server-side features that need media or data content (recording, transcription...), and their refusal under E2EE. */
package dev.parley.application.feature;
