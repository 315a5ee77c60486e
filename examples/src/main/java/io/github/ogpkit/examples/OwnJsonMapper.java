package io.github.ogpkit.examples;

import io.github.ogpkit.io.InvalidPlanException;
import io.github.ogpkit.io.OgpJsonModule;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Plan;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan inside an application's own JSON message, written and read by the application's own
 * Jackson mapper with ogp-io's module. The README's "Plans in your own JSON" is the code between
 * the markers, checked by a test.
 */
public final class OwnJsonMapper {

  private OwnJsonMapper() {}

  // jackson-module:begin
  /** The application's own message, with a plan in it. */
  public record Submission(String sender, Plan plan) {}

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OgpJsonModule()).build();

  static String send(Submission submission) {
    return MAPPER.writeValueAsString(submission); // the plan in its canonical form
  }

  static Optional<Submission> receive(String json) {
    try {
      return Optional.of(MAPPER.readValue(json, Submission.class)); // the plan checked strictly
    } catch (InvalidPlanException e) {
      e.findings().forEach(System.out::println); // every problem, located in the message's text
      return Optional.empty();
    }
  }
  // jackson-module:end

  /**
   * Sends a bundled plan in a message and receives it back.
   *
   * @param args ignored; run from {@code examples/}
   */
  public static void main(String[] args) {
    Plan plan = PlanReader.standard()
        .readPlan(Path.of("plans/az-human-rights-program-2012-2015.json"));
    String json = send(new Submission("ministry-of-justice", plan));
    Submission back = receive(json).orElseThrow();
    System.out.println(back.sender() + " sent " + back.plan().id() + ", "
        + (back.plan().equals(plan) ? "received unchanged" : "received changed"));
  }
}
