/** What a conversation used and cost: charging, LLM tokens per model, text-to-speech and speech-recognition usage, knowledge-base usage and the agent features enabled and used. */
package dev.convai.usage;
