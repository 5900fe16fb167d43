/**
 * The fake adapter: {@link dev.convai.adapter.fake.FakeConversationAnalysisAdapter}, a
 * deterministic in-memory implementation of the port that models the platform's conversations
 * and agents, generates a plausible conversation for any id, and can be scripted (conversations,
 * agents' criteria and data collection, forced verdicts and values, failures of every kind,
 * latency) and observed (calls received, counts, concurrency) by consumers' tests and demos.
 */
package dev.convai.adapter.fake;
