package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output the README shows is what `./ogp validate` prints on the example plan. */
class ReadmeOutputTest {

  @Test
  void theReadmeGlimpseIsRealOutput() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String command = "$ ./ogp validate examples/plans/az-ogp-nap-2016-2018-as-published.json\n";
    assertThat(readme).contains(command);
    int start = readme.indexOf(command) + command.length();
    String block = readme.substring(start, readme.indexOf("```", start));
    List<String> shown = block.lines().filter(l -> !l.equals("...")).toList();
    assertThat(shown).hasSizeGreaterThan(2);

    Run run = Run.of("validate", "../examples/plans/az-ogp-nap-2016-2018-as-published.json");
    assertThat(run.status()).isEqualTo(1);
    List<String> printed = run.out().lines().toList();
    for (String line : shown) {
      assertThat(printed).contains("../" + line);
    }
    assertThat(printed.get(printed.size() - 1)).isEqualTo("../" + shown.get(shown.size() - 1));
  }
}
