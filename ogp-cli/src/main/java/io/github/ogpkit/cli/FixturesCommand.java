package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.testing.FixtureInfo;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** {@code ogp fixtures [ID]}: lists the bundled fixture plans, or prints one. */
final class FixturesCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("ID", 0, 1);

  @Override
  public String name() {
    return "fixtures";
  }

  @Override
  public String summary() {
    return "List the bundled fixture plans (id, kind, country, period, measure\n"
        + "              count), or print one in canonical form.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp fixtures [-hV] [--debug] [ID]
        List the bundled fixture plans (id, kind, country, period, measure count),
        or print one in canonical form.
              [ID]        The fixture to print.
              --debug     Show stack traces of internal errors.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    PrintWriter out = io.out();
    if (given.parameters().isEmpty()) {
      List<FixtureInfo> fixtures = OgpFixtures.list();
      // Columns as wide as their widest value, so that every row lines up.
      int id = fixtures.stream().mapToInt(f -> f.id().length()).max().orElse(0);
      int kind = fixtures.stream().mapToInt(f -> f.kind().name().length()).max().orElse(0);
      int period = fixtures.stream().mapToInt(f -> f.period().toString().length()).max()
          .orElse(0);
      String row = "%-" + id + "s  %-" + kind + "s  %-2s  %-" + period + "s  %3d measures%n";
      for (FixtureInfo f : fixtures) {
        // Locale.ROOT: the default locale may have other digits (ar-SA writes ٥٩ measures).
        out.printf(Locale.ROOT, row, f.id(), f.kind(), f.country(), f.period(),
            f.measureCount());
      }
    } else {
      String id = given.parameters().get(0);
      if (!OgpFixtures.ids().contains(id)) {
        throw new UsageException("unknown fixture '" + id + "'; known fixtures: "
            + String.join(", ", OgpFixtures.ids()));
      }
      out.print(new String(OgpFixtures.json(id), StandardCharsets.UTF_8));
    }
    out.flush();
    return 0;
  }
}
