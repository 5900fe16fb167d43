package dev.convai.demo;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationHistoryPort;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --agent AGENT_ID [--since WHEN] [--until WHEN] [--call-successful V]}: the ids of an
 * agent's conversations, taken from the list endpoint page by page as the batch needs them, instead
 * of from arguments or a file.
 */
final class AgentIds {

  @Option(
      names = "--agent",
      paramLabel = "AGENT_ID",
      description = "Take the ids from the conversation list: this agent's conversations, page by page.")
  String agent;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      converter = When.class,
      description = {
        "With --agent: only calls that started at or after WHEN: an ISO date (2026-03-02, midnight"
            + " UTC), a date-time (2026-03-02T09:30, UTC), or one with an offset or Z"
            + " (2026-03-02T09:30:00+01:00)."
      })
  Instant since;

  @Option(
      names = "--until",
      paramLabel = "WHEN",
      converter = When.class,
      description = "With --agent: only calls that started before WHEN (exclusive); WHEN as for --since.")
  Instant until;

  @Option(
      names = "--call-successful",
      paramLabel = "V",
      description = "With --agent: only calls with this call-success verdict: success, failure or unknown.")
  String callSuccessful;

  /** Whether the ids come from the list endpoint. */
  boolean listing() {
    return agent != null;
  }

  /**
   * The query the options describe, or a message saying what is wrong with them.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  Optional<ConversationQuery> query() {
    if (agent == null) {
      if (since != null || until != null || callSuccessful != null) {
        throw new IllegalArgumentException(
            (since != null ? "--since" : until != null ? "--until" : "--call-successful") + " needs --agent");
      }
      return Optional.empty();
    }
    if (agent.isBlank()) {
      throw new IllegalArgumentException("--agent needs an agent id");
    }
    var query =
        ConversationQuery.builder().agentId(AgentId.of(agent.strip())).pageSize(ConversationQuery.MAX_PAGE_SIZE);
    if (since != null) {
      query.callStartAfter(since);
    }
    if (until != null) {
      query.callStartBefore(until);
    }
    if (callSuccessful != null) {
      Verdict verdict = Verdict.of(callSuccessful.strip().toLowerCase(java.util.Locale.ROOT));
      if (!verdict.isKnown()) {
        throw new IllegalArgumentException(
            "--call-successful must be success, failure or unknown, was " + callSuccessful);
      }
      query.callSuccessful(verdict);
    }
    if (since != null && until != null && !until.isAfter(since)) {
      throw new IllegalArgumentException("--until (" + until + ") must be after --since (" + since + ")");
    }
    return Optional.of(query.build());
  }

  /**
   * The ids of the conversations the query lists, fetched a page at a time as the stream is read.
   * A failed page ends the stream with a {@link ListingFailedException}.
   */
  static Stream<ConversationId> ids(ConversationHistoryPort history, ConversationQuery query) {
    Iterator<ConversationSummary> summaries =
        history.pages(query, AnalysisOptions.defaults()).flatMap(page -> page.conversations().stream()).iterator();
    Iterator<ConversationId> ids =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            try {
              return summaries.hasNext();
            } catch (ConversationAnalysisException failed) {
              throw new ListingFailedException(query, failed);
            }
          }

          @Override
          public ConversationId next() {
            return summaries.next().conversationId();
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ids, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The list endpoint failed: the batch cannot know its remaining ids. */
  static final class ListingFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ListingFailedException(ConversationQuery query, ConversationAnalysisException failure) {
      super(
          "listing the conversations of agent "
              + query.agentId().map(AgentId::value).orElse("(any)")
              + " failed: "
              + failure.kind()
              + (failure.status().isPresent() ? " (HTTP " + failure.status().getAsInt() + ")" : "")
              + (failure.getMessage() == null ? "" : ": " + failure.getMessage().replaceAll("\\s+", " ").strip()),
          failure);
    }
  }

  /** {@code WHEN}: an ISO date, a date-time (UTC unless it says otherwise) or an instant. */
  static final class When implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
      String value = text.strip();
      try {
        if (value.length() == 10) {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value.endsWith("Z") || value.endsWith("z")) {
          return OffsetDateTime.parse(value.toUpperCase(java.util.Locale.ROOT)).toInstant();
        }
        if (value.matches(".*[+-]\\d\\d:?\\d\\d$") && value.indexOf('T') > 0) {
          return OffsetDateTime.parse(value).toInstant();
        }
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException notATime) {
        throw new TypeConversionException(
            "'" + text + "' is not a date or time: use 2026-03-02, 2026-03-02T09:30 or 2026-03-02T09:30:00Z");
      }
    }
  }
}
