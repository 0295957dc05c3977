package org.npswatch.index;

/** How many matching listings and posts carry one facet value. */
public record FacetCount(String value, long count) {}
