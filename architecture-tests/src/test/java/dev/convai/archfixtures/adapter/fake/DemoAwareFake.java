package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.demo.DemoCommand;

/** Violates rule 4: a library module depending on the demo application. */
public final class DemoAwareFake {
  public String describe(String id) {
    return new DemoCommand().run(id);
  }
}
