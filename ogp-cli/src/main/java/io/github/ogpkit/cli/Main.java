package io.github.ogpkit.cli;

/** The entry point of the packaged {@code ogp} command. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(Ogp.run(args, System.in, System.out, System.err));
  }
}
