package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;

/** {@code ogp schema}: prints the JSON Schema of the format. */
final class SchemaCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments(null, 0, 0);

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public String summary() {
    return "Print the JSON Schema (draft 2020-12) of the plan format.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp schema [-hV] [--debug]
        Print the JSON Schema (draft 2020-12) of the plan format.
              --debug     Show stack traces of internal errors.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        """;
  }

  @Override
  public int run(Given given, Io io) {
    io.out().print(Engine.schema());
    io.out().flush();
    return 0;
  }
}
