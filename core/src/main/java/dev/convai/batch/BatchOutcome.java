package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one id of a batch: the analysed {@link Success conversation}, or the
 * {@link Failure failure} the port reported for it. Each requested id has exactly one outcome.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #accept(Visitor)}, {@link #isSuccess()} or
 * {@code instanceof}.
 */
public sealed interface BatchOutcome permits BatchOutcome.Success, BatchOutcome.Failure {

  /** Visits the two kinds of outcome. */
  interface Visitor<R> {
    /** Called for a success. */
    R visitSuccess(Success success);

    /** Called for a failure. */
    R visitFailure(Failure failure);
  }

  /** The id that was requested. */
  ConversationId id();

  /** {@code true} for a {@link Success}. */
  boolean isSuccess();

  /** The conversation, for a success. */
  Optional<Conversation> conversation();

  /** The failure, for a failure. */
  Optional<ConversationAnalysisException> failure();

  /** Calls the visitor method for this outcome. */
  <R> R accept(Visitor<R> visitor);

  /** A success for this id. */
  static BatchOutcome success(ConversationId id, Conversation conversation) {
    return new Success(id, conversation);
  }

  /** A failure for this id. */
  static BatchOutcome failure(ConversationId id, ConversationAnalysisException exception) {
    return new Failure(id, exception);
  }

  /**
   * The analysis ran and returned this conversation.
   *
   * @param id the requested id
   * @param value the analysed conversation
   */
  record Success(ConversationId id, Conversation value) implements BatchOutcome {
    /** A success; neither component may be {@code null}. */
    public Success {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isSuccess() {
      return true;
    }

    @Override
    public Optional<Conversation> conversation() {
      return Optional.of(value);
    }

    @Override
    public Optional<ConversationAnalysisException> failure() {
      return Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSuccess(this);
    }
  }

  /**
   * The port reported this failure for the id, after any rate-limit retries the batch made.
   *
   * @param id the requested id
   * @param exception the last failure the port reported; {@link ConversationAnalysisException#kind()} groups it
   */
  record Failure(ConversationId id, ConversationAnalysisException exception) implements BatchOutcome {
    /** A failure; neither component may be {@code null}. */
    public Failure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(exception, "exception");
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    @Override
    public Optional<Conversation> conversation() {
      return Optional.empty();
    }

    @Override
    public Optional<ConversationAnalysisException> failure() {
      return Optional.of(exception);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFailure(this);
    }
  }
}
