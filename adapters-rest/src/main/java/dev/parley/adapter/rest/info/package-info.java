/** Public, unauthenticated facts about this server (name, version, where the APIs are). */
package dev.parley.adapter.rest.info;
