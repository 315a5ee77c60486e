package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.model.DocumentType;
import java.util.ArrayList;
import java.util.List;

/** {@code ogp schema [TYPE]}: prints the JSON Schema of a document type, a plan by default. */
final class SchemaCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("TYPE", 0, 1);

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public String summary() {
    return "Print the JSON Schema (draft 2020-12) of a document type.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp schema [-hV] [--debug] [TYPE]
        Print the JSON Schema (draft 2020-12) of a document type.
              [TYPE]      The document type, one of:
                            plan             an action plan or national program
                                               (the default)
                            progress-report  a progress report on a plan
                            irm-assessment   an assessment of the Independent
                                               Reporting Mechanism
                            member           an OGP member and its status
              --debug     Show stack traces of internal errors.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    DocumentType type = DocumentType.PLAN;
    if (!given.parameters().isEmpty()) {
      String name = given.parameters().get(0);
      type = DocumentType.fromJsonName(name).orElseThrow(() -> unknown(name));
    }
    io.out().print(Engine.schema(type));
    io.out().flush();
    return 0;
  }

  private static UsageException unknown(String name) {
    List<String> names = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      names.add(t.jsonName());
    }
    String near = Arguments.Words.nearest(name, names);
    return new UsageException("Unknown document type: '" + name + "' (expected one of: "
        + String.join(", ", names) + ")", near == null ? null : "ogp schema " + near);
  }
}
