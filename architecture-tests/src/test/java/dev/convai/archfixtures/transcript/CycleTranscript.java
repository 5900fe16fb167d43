package dev.convai.archfixtures.transcript;

import dev.convai.archfixtures.analysis.CycleAnalysis;

/** Violates rule 7 with {@link CycleAnalysis}. */
public final class CycleTranscript {
  public CycleAnalysis analysis() {
    return new CycleAnalysis();
  }
}
