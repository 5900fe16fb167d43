/**
 * Receiving ElevenLabs webhooks: verifying the {@code ElevenLabs-Signature} of a delivery against
 * the raw body and decoding it, post-call transcriptions into a {@code Conversation}.
 */
package dev.convai.adapter.http.webhook;
