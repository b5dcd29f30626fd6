package dev.parley.adapter.rest.archviolation;

import dev.parley.adapter.persistence.archviolation.ResourceInPersistence;
import dev.parley.bootstrap.ParleyRestApplication;

/** Breaks adapter independence (uses the persistence adapter) and reaches into bootstrap. */
public class ResourceUsingPersistence {
    ResourceInPersistence other;
    ParleyRestApplication app;
}
