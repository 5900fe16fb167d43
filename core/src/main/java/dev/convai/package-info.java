/**
 * Conversation analysis for the JVM: a framework-free domain model of ElevenLabs conversations and
 * their analysis, the {@link dev.convai.port.ConversationAnalysisPort} through which adapters run
 * an analysis, and the failures they report.
 *
 * <p>Sub-packages are organised by concept: {@code conversation}, {@code transcript},
 * {@code analysis}, the JSON-like {@code json} values, the {@code port} and the domain services.
 */
@DomainStyle
package dev.convai;

import dev.convai.internal.DomainStyle;
