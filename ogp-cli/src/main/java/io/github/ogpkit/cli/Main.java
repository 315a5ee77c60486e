package io.github.ogpkit.cli;

/** The entry point of the packaged {@code ogp} command. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  @SuppressForbidden
  public static void main(String[] args) {
    // The one place that touches the console (forbidden-apis' jdk-system-out): Ogp.run writes to
    // these streams only as bytes, through UTF-8 writers of its own, so neither the default
    // charset nor the default locale reaches the output.
    System.exit(Ogp.run(args, System.in, System.out, System.err));
  }
}
