package dev.parley.domain.archviolation.cyclea;

import dev.parley.domain.archviolation.cycleb.B;

/** One half of a package cycle. */
public class A {
    B partner;
}
