package dev.convai.archfixtures.demo;

/** Compliant: the demo depending on its own command. */
public final class DemoMain {
  public static void main(String[] args) {
    System.out.println(new DemoCommand().run(args.length > 0 ? args[0] : "conv_fixture"));
  }
}
