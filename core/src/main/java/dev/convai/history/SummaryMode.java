package dev.convai.history;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Whether a listing includes each conversation's transcript summary.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ConversationsListRequestSummaryMode}.
 */
public final class SummaryMode extends OpenVocabulary {

  private static final Registry<SummaryMode> VALUES = new Registry<>(SummaryMode::new);

  /** {@code exclude}. */
  public static final SummaryMode EXCLUDE = VALUES.known("exclude");

  /** {@code include}. */
  public static final SummaryMode INCLUDE = VALUES.known("include");

  private SummaryMode(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static SummaryMode of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<SummaryMode> knownValues() {
    return VALUES.values();
  }
}
