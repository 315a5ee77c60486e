package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --max-bytes} and {@code --max-values} of {@code validate} and {@code format}. */
class LimitOptionsTest {

  private static final byte[] PLAN = OgpFixtures.json(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);
  private static final long MIB = 1024 * 1024;

  @TempDir
  Path dir;

  private static ReadLimits limits(String... args) throws Arguments.UsageException {
    return LimitOptions.limits(Ogp.command("validate").arguments().read(
        List.of(args), 1));
  }

  @Test
  void withoutTheOptionsTheLibrarysDefaultsApply() throws Exception {
    assertThat(limits("plan.json")).isEqualTo(ReadLimits.defaults());
  }

  @ParameterizedTest
  @CsvSource({
      "52428800, 52428800",
      "100MB, 100000000",
      "50MiB, 52428800",
      "50 mib, 52428800",
      "2kb, 2000",
      "3KiB, 3072",
      "1GB, 1000000000",
      "1gib, 1073741824",
      "700B, 700"})
  void maxBytesTakesBytesOrAUnitInAnyCase(String given, long bytes) throws Exception {
    ReadLimits limits = limits("--max-bytes", given, "plan.json");
    assertThat(limits.maxDocumentBytes()).isEqualTo(bytes);
  }

  @Test
  void aLargerMaxBytesRaisesTheValueLimitWithItUnlessMaxValuesIsGiven() throws Exception {
    assertThat(limits("--max-bytes", "100MB", "plan.json")).isEqualTo(ReadLimits.defaults()
        .withMaxDocumentBytes(100_000_000).withMaxValues(ReadLimits.valuesFor(100_000_000)));
    assertThat(limits("--max-bytes", "1MB", "plan.json"))
        .isEqualTo(ReadLimits.defaults().withMaxDocumentBytes(1_000_000));
    assertThat(limits("--max-bytes", "100MB", "--max-values", "7", "plan.json"))
        .isEqualTo(ReadLimits.defaults().withMaxDocumentBytes(100_000_000).withMaxValues(7));
  }

  @Test
  void maxValuesTakesAWholeNumber() throws Exception {
    assertThat(limits("--max-values=5000000", "plan.json"))
        .isEqualTo(ReadLimits.defaults().withMaxValues(5_000_000));
  }

  @ParameterizedTest
  @CsvSource({
      "--max-bytes, 1KiB, 1MiB, maxDocumentBytes",
      "--max-values, 100, 100000, maxValues"})
  void aLowerLimitRefusesADocumentAndARaisedOneReadsItAgain(String option, String lower,
      String raised, String named) throws IOException {
    Path plan = Files.write(dir.resolve("plan.json"), PLAN);
    Run refused = Run.of("validate", "--quiet", option, lower, plan.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).contains("[json-syntax]").contains("(" + named + ")");
    assertThat(Run.of("validate", option, raised, plan.toString()).status()).isZero();
    assertThat(Run.of("format", option, lower, plan.toString()).status()).isEqualTo(1);
    assertThat(Run.of("format", option, raised, plan.toString()).out())
        .isEqualTo(new String(PLAN, StandardCharsets.UTF_8));
  }

  @Test
  void maxBytesReadsAndFormatsADocumentLongerThanTheDefaultLimit() throws IOException {
    long over = ReadLimits.defaults().maxDocumentBytes() + 1;
    assumeTrue(over < 200 * MIB, "a default limit small enough for a test file");
    // The plan, then blanks up to one byte past the default limit: still the same plan.
    Path big = dir.resolve("big.json");
    try (FileChannel out = FileChannel.open(big, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(PLAN));
      byte[] blanks = new byte[(int) MIB];
      Arrays.fill(blanks, (byte) ' ');
      while (out.size() < over) {
        out.write(ByteBuffer.wrap(blanks, 0, (int) Math.min(blanks.length, over - out.size())));
      }
    }
    Run read = Run.of("validate", "--max-bytes", Long.toString(over), big.toString());
    assertThat(read.status()).isZero();
    assertThat(read.out()).isEqualTo(big + ": 0 errors, 0 warnings, 0 infos\n");
    Run formatted = Run.of("format", "--max-bytes", (over / MIB + 1) + "MiB", big.toString());
    assertThat(formatted.status()).isZero();
    assertThat(formatted.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(PLAN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "--max-bytes|lots|expected a size in bytes, KB, MB, GB, KiB, MiB or GiB (such as 100MB or "
          + "50MiB) but was 'lots'",
      "--max-bytes|5M|but was '5M'",
      "--max-bytes|1.5GiB|but was '1.5GiB'",
      "--max-bytes|-1|but was '-1'",
      "--max-bytes|0|'0' is out of range (",
      "--max-bytes|3GiB|'3GiB' is out of range (",
      "--max-bytes|999999999999999999GiB|'999999999999999999GiB' is out of range (far too large)",
      "--max-values|many|expected a whole number (such as 5000000) but was 'many'",
      "--max-values|-5|but was '-5'",
      "--max-values|0|'0' is out of range (",
      "--max-values|99999999999|'99999999999' is out of range (at most 2147483647)"})
  void aBadLimitIsAUsageError(String option, String value, String said) {
    for (String command : List.of("validate", "format")) {
      Run run = Run.of(command, option, value, "plan.json");
      assertThat(run.status()).as(command).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(command)
          .startsWith("ogp: Invalid value for option '" + option + "': ")
          .contains(said)
          .endsWith("\nTry 'ogp " + command + " --help' for more information.\n");
    }
  }

  @Test
  void helpGivesTheLibrarysDefaults() {
    ReadLimits defaults = ReadLimits.defaults();
    for (String command : List.of("validate", "format")) {
      String help = Run.of(command, "--help").out();
      assertThat(help).as(command).contains("--max-bytes=SIZE").contains("--max-values=N")
          .contains("Default: " + LimitOptions.describe(defaults.maxDocumentBytes()) + ".")
          .contains("Default: " + defaults.maxValues() + ",");
      assertThat(help.lines()).as(command).allSatisfy(l -> assertThat(l).hasSizeLessThan(81));
    }
    assertThat(LimitOptions.describe(50 * MIB)).isEqualTo("50MiB (52428800 bytes)");
    assertThat(LimitOptions.describe(1000)).isEqualTo("1000 bytes");
  }
}
