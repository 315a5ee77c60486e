package io.github.ogpkit.tables;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Helpers of the tests: plans without extensions, and round trips. */
final class Plans {

  private Plans() {}

  static Plan withoutExtensions(Plan p) {
    return new Plan(p.id(), p.kind(), p.profile(), p.country(), p.jurisdiction(), p.title(),
        p.languages(), p.period(), p.planNumber(), p.adoption(), p.preamble(), p.links(),
        p.institutions().stream().map(i -> new Institution(i.id(), i.name(), i.kind(),
            i.collective(), i.parent(), JsonObject.EMPTY)).toList(),
        p.measures().stream().map(Plans::strip).toList(),
        p.sections().stream().map(Plans::strip).toList(), JsonObject.EMPTY);
  }

  private static Section strip(Section s) {
    return new Section(s.number(), s.code(), s.ogpId(), s.title(), s.description(),
        s.policyAreas(), s.links(), s.measures().stream().map(Plans::strip).toList(),
        s.sections().stream().map(Plans::strip).toList(), s.provisions(), JsonObject.EMPTY);
  }

  private static Measure strip(Measure m) {
    return new Measure(m.number(), m.code(), m.ogpId(), m.title(), m.description(), m.problem(),
        m.statusQuo(), m.objective(), m.expectedResults(), m.ogpValues(), m.policyAreas(),
        m.indicators(), m.institutions().stream()
            .map(a -> new Assignment(a.institution(), a.role(), JsonObject.EMPTY)).toList(),
        m.timeFrame(), m.timeFramePrinted(), m.links(),
        m.measures().stream().map(Plans::strip).toList(), JsonObject.EMPTY);
  }

  static ImportResult throughXlsx(Plan plan) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlanTables.writeXlsx(plan, out);
      return PlanTables.readXlsx(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult throughCsv(Plan plan) {
    try {
      Path dir = Files.createTempDirectory("ogp-tables-test");
      try {
        PlanTables.writeCsv(plan, dir);
        return PlanTables.readCsv(dir);
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
