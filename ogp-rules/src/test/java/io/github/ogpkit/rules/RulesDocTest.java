package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md lists exactly the rules of the catalog: the tables between its markers are what
 * {@link #render} makes of {@link RuleCatalog}. When a rule changes, the test fails and writes the
 * expected tables to target/RULES-tables.md to paste in.
 */
class RulesDocTest {

  private static final String BEGIN = "<!-- rule tables: generated from RuleCatalog, checked by RulesDocTest -->\n";
  private static final String END = "<!-- end of rule tables -->\n";

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("### Reading rules\n\n")
        .append("Made by ogp-io while reading JSON text; `required` and `invalid-value` are also"
            + " checked on plans built in code, through Bean Validation.\n\n")
        .append("| rule | default | when |\n|---|---|---|\n");
    for (RuleInfo r : RuleCatalog.ofKind(RuleKind.READING)) {
      out.append("| `").append(r.id()).append("` | ")
          .append(severities(r.defaultSeverities(Profile.OGP_ACTION_PLAN))).append(" | ")
          .append(r.description()).append(" |\n");
    }
    out.append("\n### Plan rules\n\n")
        .append("| rule | ogp-action-plan | executive-order | national-program | when |\n"
            + "|---|---|---|---|---|\n");
    for (RuleInfo r : RuleCatalog.ofKind(RuleKind.PLAN)) {
      out.append("| `").append(r.id()).append("` | ")
          .append(severities(r.defaultSeverities(Profile.OGP_ACTION_PLAN))).append(" | ")
          .append(severities(r.defaultSeverities(Profile.EXECUTIVE_ORDER))).append(" | ")
          .append(severities(r.defaultSeverities(Profile.NATIONAL_PROGRAM))).append(" | ")
          .append(r.description()).append(" |\n");
    }
    out.append("\n### Monitoring rules\n\n")
        .append("Checked on the progress reports, IRM assessments and members of a dataset"
            + " (MONITORING.md), at one severity whatever the profile; their reports have no"
            + " profile. `jurisdiction-missing` is the plan rule of that id, checked on members"
            + " too.\n\n")
        .append("| rule | severity | when |\n|---|---|---|\n");
    for (RuleInfo r : RuleCatalog.all()) {
      if (r.appliesToMonitoring()) {
        out.append("| `").append(r.id()).append("` | ").append(severities(r.monitoring()))
            .append(" | ").append(r.description()).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String severities(List<Severity> severities) {
    return severities.isEmpty() ? "off"
        : severities.stream().map(Severity::name).collect(Collectors.joining(" / "));
  }

  @Test
  void docsRulesMdListsExactlyTheCatalog() throws IOException {
    String doc = Files.readString(Path.of("../docs/RULES.md"), StandardCharsets.UTF_8);
    String expected = render();
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    String actual = begin < 0 || end < begin ? "(markers missing)"
        : doc.substring(begin + BEGIN.length(), end);
    if (!actual.equals(expected)) {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/RULES-tables.md"), BEGIN + expected + END);
    }
    assertThat(actual).as("docs/RULES.md rule tables; the expected text is in "
        + "ogp-rules/target/RULES-tables.md").isEqualTo(expected);
  }
}
