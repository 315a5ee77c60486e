package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How the command line is read: the forms of options, parameters and their errors. */
class ArgumentsTest {

  private static final String PLAN = Path.of("../examples/plans/az-ogp-nap-2016-2018.json")
      .toString();

  @Test
  void anOptionTakesItsValueAfterAnEqualsSignOrAsTheNextArgumentInAnyCase() {
    Run separate = Run.of("validate", "--format", "json", PLAN);
    assertThat(separate.status()).isZero();
    assertThat(Run.of("validate", "--format=json", PLAN)).isEqualTo(separate);
    assertThat(Run.of("validate", PLAN, "--format=JSON")).isEqualTo(separate);
    assertThat(separate.out()).startsWith("[");
  }

  @Test
  void aDoubleDashEndsTheOptionsAndADashAloneIsStandardInput() {
    Run run = Run.of("validate", "--", "--format");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ogp: cannot open --format: no such file\n");
    Run stdin = Run.withInput("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", "-");
    assertThat(stdin.out()).contains("<stdin>:1:1: error:");
  }

  @Test
  void eachUsageErrorSaysWhatIsWrongAndWhereHelpIs() {
    assertThat(Run.of("validate", "--format").err()).isEqualTo(
        "ogp: Missing required parameter for option '--format' (text|json)\n"
            + "Try 'ogp validate --help' for more information.\n");
    assertThat(Run.of("validate", "--format", "json", "--format", "text", PLAN).err())
        .startsWith("ogp: option '--format' (text|json) should be specified only once\n");
    assertThat(Run.of("validate", "--quiet=yes", PLAN).err())
        .startsWith("ogp: option '--quiet' takes no value, but was given 'yes'\n");
    assertThat(Run.of("validate").err())
        .startsWith("ogp: Missing required parameter: 'FILE'\n");
    assertThat(Run.of("fixtures", "a", "b").err())
        .startsWith("ogp: Unmatched argument at index 2: 'b'\n");
    assertThat(Run.of("schema", "plan", "x").err())
        .isEqualTo("ogp: Unmatched argument at index 2: 'x'\n"
            + "Try 'ogp schema --help' for more information.\n");
    assertThat(Run.of("validate", "--format", "xml", PLAN).err()).isEqualTo(
        "ogp: Invalid value for option '--format': expected one of [text, json] "
            + "(case-insensitive) but was 'xml'\n"
            + "Try 'ogp validate --help' for more information.\n");
    for (String[] args : new String[][] {{"validate", "--format"}, {"validate"},
        {"schema", "x"}, {"--bogus"}}) {
      assertThat(Run.of(args).status()).as(String.join(" ", args)).isEqualTo(2);
    }
  }

  @Test
  void aMistypedCommandOrOptionGetsTheNearestSuggested() {
    assertThat(Run.of("validte", PLAN).err()).isEqualTo("ogp: Unknown command: 'validte'\n"
        + "Did you mean: ogp validate?\nTry 'ogp --help' for more information.\n");
    assertThat(Run.of("validate", "--fail_on", "error", PLAN).err())
        .isEqualTo("ogp: Unknown option: '--fail_on'\nDid you mean: --fail-on?\n"
            + "Try 'ogp validate --help' for more information.\n");
    assertThat(Run.of("--bogus").err()).isEqualTo("ogp: Unknown option: '--bogus'\n"
        + "Try 'ogp --help' for more information.\n");
    assertThat(Run.of("help", "fromat").err()).startsWith("ogp: Unknown command: 'fromat'\n"
        + "Did you mean: format?\n");
  }

  @Test
  void helpAndVersionWinOverMissingParametersOnEveryCommand() {
    for (String command : new String[] {"validate", "format", "schema", "fixtures", "help"}) {
      Run help = Run.of(command, "-h");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).startsWith("Usage: ogp " + command + " [-hV] ").contains("[--debug]");
      assertThat(Run.of("help", command)).isEqualTo(help);
      assertThat(Run.of(command, "-V").out()).startsWith("ogp 0.1.0-SNAPSHOT\nJava ");
    }
    assertThat(Run.of("-h")).isEqualTo(Run.of("help"));
  }

  @Test
  void everyOptionACommandReadsIsInItsHelp() {
    for (String command : new String[] {"validate", "format", "schema", "fixtures"}) {
      String help = Run.of(command, "--help").out();
      for (String name : Ogp.command(command).arguments().names()) {
        assertThat(help).as(command).contains(name);
      }
    }
  }
}
