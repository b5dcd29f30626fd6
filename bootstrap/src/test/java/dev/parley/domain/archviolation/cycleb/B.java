package dev.parley.domain.archviolation.cycleb;

import dev.parley.domain.archviolation.cyclea.A;

/** The other half of a package cycle. */
public class B {
    A partner;
}
