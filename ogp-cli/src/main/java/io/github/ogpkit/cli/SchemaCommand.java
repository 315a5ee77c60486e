package io.github.ogpkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ogp schema}: prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the plan format.")
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(Engine.schema());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
