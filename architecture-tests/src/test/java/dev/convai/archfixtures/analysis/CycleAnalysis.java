package dev.convai.archfixtures.analysis;

import dev.convai.archfixtures.transcript.CycleTranscript;

/** Violates rule 7 with {@link CycleTranscript}: analysis needs transcript and vice versa. */
public final class CycleAnalysis {
  public CycleTranscript source() {
    return new CycleTranscript();
  }
}
