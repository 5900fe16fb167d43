/**
 * The fixtures' port, standing in for core's {@code ConversationAnalysisPort} at the same relative
 * name, so that the naming rule for port implementations can be shown to work.
 */
package dev.convai.archfixtures.port;
