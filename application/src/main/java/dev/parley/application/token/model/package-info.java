/** The token model shared by the token use cases and their out-ports: claims, purposes and refusals. */
package dev.parley.application.token.model;
