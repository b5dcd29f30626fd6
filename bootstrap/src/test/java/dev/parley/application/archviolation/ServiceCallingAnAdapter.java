package dev.parley.application.archviolation;

import dev.parley.adapter.rest.archviolation.ResourceUsingPersistence;

/** Breaks the rule that the core never reaches into an adapter. */
public class ServiceCallingAnAdapter {
    ResourceUsingPersistence adapter;
}
