package dev.parley.domain.archviolation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Breaks three rules: a jakarta type in the domain, a non-JDK dependency, an entity outside persistence. */
@Entity
public class DomainEntity {
    @Id
    Long id;
}
