/** The analysis of a conversation: evaluation-criteria verdicts, data-collection results with the schema they were extracted against, call success, summary and per-agent scoped results. */
package dev.convai.analysis;
