package io.github.ogpkit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The entry point of the packaged {@code ogp} command. */
public final class Main {

  /**
   * Hibernate Validator's logger, held so that its level stays set: java.util.logging keeps
   * loggers only weakly. Its INFO version line (HV000001), logged when Bean Validation first runs
   * (on monitoring documents, which ogp-rules checks structurally again), would reach standard
   * error on success, where nothing may go.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private static final String LOG4J_STATUS = "log4j2.statusLoggerLevel";

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
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    // Apache POI (export and import of XLSX) logs through the Log4j API, which says on standard
    // error that it found no logging provider when, as here, there is none: a line on every
    // export of a workbook, which a successful run must not print. Log4j's own status logger is
    // switched off unless the user set it.
    if (System.getProperty(LOG4J_STATUS) == null) {
      System.setProperty(LOG4J_STATUS, "OFF");
    }
    System.exit(Ogp.run(args, System.in, System.out, System.err));
  }
}
