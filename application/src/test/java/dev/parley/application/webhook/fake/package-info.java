/** In-memory and scripted stand-ins for the webhook out-ports, published in the test-jar. */
package dev.parley.application.webhook.fake;
