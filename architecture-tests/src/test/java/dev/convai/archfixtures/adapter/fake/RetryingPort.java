package dev.convai.archfixtures.adapter.fake;

/** Violates rule 6 indirectly: a port implementation through its superclass, not named so. */
public final class RetryingPort extends ScriptedFixtureAdapter {}
