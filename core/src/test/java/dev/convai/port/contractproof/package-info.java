/**
 * Proof that the port contract can fail: it runs {@link
 * dev.convai.port.contract.ConversationAnalysisPortContract} against a minimal port that keeps it
 * and against ports with one deliberate flaw each. Not part of the published test-jar.
 */
package dev.convai.port.contractproof;
