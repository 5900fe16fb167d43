/**
 * The port's contract as an abstract JUnit 5 suite, {@link
 * dev.convai.port.contract.ConversationAnalysisPortContract}, published in core's test-jar: every
 * adapter's test extends it and supplies a {@link dev.convai.port.contract.ContractHarness} that
 * hands out the port and scripts its backend. Uses JUnit only, so core stays framework-free.
 */
package dev.convai.port.contract;
