package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.TextLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The exceptions that carry findings travel through Java serialization with them. */
class ExceptionSerializationTest {

  private static final String BAD = Fixtures.withLine(3, "  \"id\": \"Bad\", \"id\": \"x\",");

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPlanFormatExceptionIsReadBackWithItsFindingsAndMessage() {
    PlanFormatException thrown = catchThrowableOfType(PlanFormatException.class,
        () -> PlanReader.standard().readPlan(BAD));

    PlanFormatException read = roundTrip(thrown);

    assertThat(read.findings()).isEqualTo(thrown.findings()).hasSize(2);
    assertThat(read.findings().get(1).location()).contains(TextLocation.of(3, 9));
    assertThat(read).hasMessage(thrown.getMessage());
    assertThat(read.getStackTrace()).isEqualTo(thrown.getStackTrace());
  }

  @Test
  void anInvalidPlanExceptionIsReadBackWithItsFindingsMessageAndLocation() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
        () -> mapper.readValue(BAD, Plan.class));
    assertThat(thrown.processor()).isNotNull();

    InvalidPlanException read = roundTrip(thrown);

    assertThat(read.findings()).isEqualTo(thrown.findings()).hasSize(2);
    assertThat(read.findings().get(1).location()).contains(TextLocation.of(3, 9));
    assertThat(read.getOriginalMessage()).isEqualTo(thrown.getOriginalMessage());
    assertThat(read.getStackTrace()).isEqualTo(thrown.getStackTrace());
    assertThat(read.getLocation().getLineNr()).isEqualTo(thrown.getLocation().getLineNr());
    assertThat(read.getLocation().getColumnNr()).isEqualTo(thrown.getLocation().getColumnNr());
    assertThat(read.getLocation().getByteOffset()).isEqualTo(thrown.getLocation().getByteOffset());
    assertThat(read.getTargetType()).isEqualTo(Plan.class);
    // Jackson keeps the parser and the content a location points into in transient fields: they
    // do not travel, so the message names the source as unknown after the same original message.
    assertThat(read.processor()).isNull();
    assertThat(read.getMessage()).startsWith(thrown.getOriginalMessage() + "\n at [Source: UNKNOWN");
  }
}
