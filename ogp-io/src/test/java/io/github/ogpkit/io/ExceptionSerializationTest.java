package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

  private static final Finding ERROR = Finding.of("json-syntax", Severity.ERROR,
      JsonPointer.root(), "broken").withLocation(TextLocation.of(1, 2));
  private static final Finding WARNING = Finding.of("unknown-property", Severity.WARNING,
      JsonPointer.parse("/x"), "unknown").withLocation(TextLocation.of(1, 3));

  @Test
  void theMessagesCountErrorsAndFindingsInWords() {
    assertThat(new PlanFormatException(null, List.of(ERROR, WARNING)))
        .hasMessage("the document is not a readable plan (1 error)\n" + ERROR + "\n" + WARNING);
    assertThat(new PlanFormatException("plan.json", List.of(ERROR, ERROR)))
        .hasMessage("plan.json is not a readable plan (2 errors)\n" + ERROR + "\n" + ERROR);
    assertThat(new InvalidPlanException(null, null, List.of(ERROR)).getOriginalMessage())
        .isEqualTo("JSON does not bind to a plan (1 finding)\n" + ERROR);
    assertThat(new InvalidPlanException(null, null, List.of(ERROR, WARNING)).getOriginalMessage())
        .isEqualTo("JSON does not bind to a plan (2 findings)\n" + ERROR + "\n" + WARNING);
  }

  /**
   * A stream whose findings are missing, or hold a null, is refused on reading, as the
   * constructor would refuse such findings: the streams are made by writing an exception whose
   * findings were replaced.
   */
  @Test
  void aStreamWithoutFindingsOrWithANullFindingIsRefused() throws Exception {
    for (Finding[] tampered : new Finding[][] {null, {ERROR, null}}) {
      PlanFormatException format = new PlanFormatException(null, List.of(ERROR));
      setFindings(PlanFormatException.class, format, tampered);
      assertThatThrownBy(() -> roundTrip(format))
          .hasRootCauseInstanceOf(InvalidObjectException.class)
          .hasRootCauseMessage("the findings are missing or one is null");

      InvalidPlanException invalid = new InvalidPlanException(null, null, List.of(ERROR));
      setFindings(InvalidPlanException.class, invalid, tampered);
      assertThatThrownBy(() -> roundTrip(invalid))
          .hasRootCauseInstanceOf(InvalidObjectException.class)
          .hasRootCauseMessage("the findings are missing or one is null");
    }
  }

  private static void setFindings(Class<?> type, Object exception, Finding[] findings)
      throws ReflectiveOperationException {
    java.lang.reflect.Field field = type.getDeclaredField("findings");
    field.setAccessible(true);
    field.set(exception, findings);
  }
}
