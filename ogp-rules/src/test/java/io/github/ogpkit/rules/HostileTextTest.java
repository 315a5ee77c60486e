package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.rules.internal.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values from a plan reach messages escaped and shortened: control characters, ANSI escapes,
 * line breaks and invisible format characters in an id or a text cannot forge a log line.
 */
class HostileTextTest {

  /** An ANSI colour escape, a forged log line, a bidirectional override and a long tail. */
  private static final String HOSTILE = "evil\u001b[31m\r\nERROR forged line\u0007\u202e"
      + "\u0085\u2028x".repeat(1) + "y".repeat(5000);

  private static boolean harmless(String message) {
    return message.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028
        || c == 0x2029 || Character.getType(c) == Character.FORMAT);
  }

  @Test
  void ruleMessagesQuoteHostileValuesEscapedAndShort() {
    Plan plan = SamplePlans.valid();
    // An unknown institution id, a bad parent, duplicate names and titles with the hostile text.
    plan = PlanEdits.withInstitution(plan, 0, i -> i.toBuilder().parent(HOSTILE)
        .name(LocalizedText.of("en", HOSTILE)).build());
    plan = PlanEdits.withInstitution(plan, 1, i -> i.toBuilder()
        .name(LocalizedText.of("en", HOSTILE)).build());
    plan = PlanEdits.plusInstitution(plan, Institution.builder().id(HOSTILE)
        .name("en", "Hostile").kind(InstitutionKind.MINISTRY).build());
    plan = PlanEdits.withMeasure(plan, 0, 0, m -> m.toBuilder()
        .title(LocalizedText.of("en", " " + HOSTILE)).executor("unknown" + HOSTILE).build());
    plan = PlanEdits.withMeasure(plan, 0, 1, m -> m.toBuilder()
        .title(LocalizedText.of("en", " " + HOSTILE)).build());

    List<Finding> findings = OgpValidator.standard().validate(plan).findings();
    assertThat(findings).extracting(Finding::rule).contains("institution-unknown",
        "institution-name-duplicate", "measure-title-duplicate", "text-whitespace");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.message()).matches(HostileTextTest::harmless, "has no raw control character");
      assertThat(f.message().length()).isLessThan(600);
    });
    assertThat(findings).extracting(Finding::message)
        .anyMatch(m -> m.contains("evil\\u001b[31m\\u000d\\u000aERROR forged line\\u0007\\u202e"));
  }

  @Test
  void excerptsEscapeEveryInvisibleCharacterAndEndOnAWholeCharacter() {
    assertThat(Messages.excerpt("a\tb\u007f\u0085\u200b\ufeff\u2029c"))
        .isEqualTo("a\\u0009b\\u007f\\u0085\\u200b\\ufeff\\u2029c");
    assertThat(Messages.excerpt("\ud800x")).isEqualTo("\\ud800x");
    String emoji = "😀".repeat(60);
    assertThat(Messages.excerpt(emoji)).hasSize(100 + 3).endsWith("😀...");
    assertThat(Messages.excerpt("x" + emoji)).hasSize(99 + 3);
  }
}
