package io.github.ogpkit.cli;

import io.github.ogpkit.testing.FixtureInfo;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ogp fixtures [ID]}: lists the bundled fixture plans, or prints one. */
@Command(name = "fixtures", mixinStandardHelpOptions = true,
    description = {"List the bundled fixture plans (id, kind, country, period, measure count),",
        "or print one in canonical form."})
final class FixturesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "The fixture to print.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      for (FixtureInfo f : OgpFixtures.list()) {
        out.printf("%-36s %-17s %-2s %-9s %3d measures%n", f.id(), f.kind(), f.country(),
            f.period(), f.measureCount());
      }
    } else {
      if (!OgpFixtures.ids().contains(id)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown fixture '" + id
            + "'; known fixtures: " + String.join(", ", OgpFixtures.ids()));
      }
      out.print(new String(OgpFixtures.json(id), StandardCharsets.UTF_8));
    }
    out.flush();
    return 0;
  }
}
