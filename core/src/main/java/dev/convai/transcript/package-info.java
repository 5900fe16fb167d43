/** The transcript of a conversation: its entries, and the tool calls and results, workflow steps, metrics, retrieval information and feedback of each turn. */
package dev.convai.transcript;
