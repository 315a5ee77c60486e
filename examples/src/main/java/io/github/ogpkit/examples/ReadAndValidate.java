package io.github.ogpkit.examples;

import io.github.ogpkit.io.PlanFormatException;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a plan file and validates it, every finding with its line and column; then reads it as a
 * plan or an exception. The README's "Read and validate a file" is the code between the markers,
 * checked by a test.
 */
public final class ReadAndValidate {

  private ReadAndValidate() {}

  // read-and-validate:begin
  static boolean check(Path file) {
    ReadResult result = PlanReader.standard().read(file); // bad content is findings, not exceptions
    ValidationReport report = result.validate(OgpValidator.standard()); // the rules' findings too
    for (Finding f : report.findings()) {
      String at = f.location().map(l -> l.line() + ":" + l.column()).orElse("");
      System.out.println(at + " " + f.severity().label() + " [" + f.rule() + "] " + f.message());
    }
    System.out.println(report.summary()); // plan.json: 37 errors, 9 warnings, 10 infos
    return report.isValid();
  }

  static Optional<Plan> load(Path file) {
    try {
      return Optional.of(PlanReader.standard().readPlan(file)); // the plan, when it binds
    } catch (PlanFormatException e) {
      e.findings().forEach(System.out::println); // every reading problem, located
      return Optional.empty();
    }
  }
  // read-and-validate:end

  /**
   * Checks a file and loads it.
   *
   * @param args the file; without one, the bundled plan as published (from {@code examples/})
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0]
        : "plans/az-ogp-nap-2016-2018-as-published.json");
    check(file);
    load(file).ifPresent(plan -> System.out.println(
        plan.id() + ": " + plan.allMeasures().size() + " measures"));
  }
}
