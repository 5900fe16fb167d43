package dev.convai.archfixtures.analysis;

import org.apiguardian.api.API;

/**
 * Violates rule 1 only: apiguardian's {@code @API} is an annotation, but not one core may use; the
 * exception for annotations covers Immutables' and nothing else.
 */
@API(status = API.Status.STABLE)
public final class ThirdPartyAnnotationInCore {}
