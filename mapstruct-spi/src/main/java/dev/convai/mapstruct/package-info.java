/**
 * Build-time support for MapStruct: an accessor naming strategy, found by MapStruct through the
 * service loader when this module is on the annotation-processor path. It lets MapStruct read the
 * domain's Immutables attributes ({@code criteriaId()}, not {@code getCriteriaId()}) and the wire
 * DTOs' accessors, so the mapping from the domain back to the wire is generated like the mapping
 * onto the domain, instead of being written by hand.
 */
package dev.convai.mapstruct;
