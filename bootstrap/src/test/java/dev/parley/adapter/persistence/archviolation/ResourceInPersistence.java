package dev.parley.adapter.persistence.archviolation;

import jakarta.ws.rs.Path;

/** Breaks the rule that REST resources live in the REST adapter. */
@Path("/wrong-place")
public class ResourceInPersistence {
}
