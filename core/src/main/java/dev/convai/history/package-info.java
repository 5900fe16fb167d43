/**
 * The conversation history: what {@link dev.convai.port.ConversationHistoryPort} lists and how to
 * ask for it. A {@link dev.convai.history.ConversationQuery} holds typed filters for every
 * parameter of the API's conversation listing, a {@link dev.convai.history.ConversationPage} is
 * one cursor-delimited page of it, and each {@link dev.convai.history.ConversationSummary} is a
 * listed conversation as the listing describes it (lossless: members this library does not know
 * are kept in {@code unknownMembers()}).
 */
package dev.convai.history;
