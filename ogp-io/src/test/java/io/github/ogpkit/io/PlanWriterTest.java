package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  private static final PlanWriter WRITER = PlanWriter.canonical();
  private static final PlanReader READER = PlanReader.standard();

  static Plan small() {
    return Plan.builder().id("p").kind(PlanKind.NATIONAL_PROGRAM).country("AZ")
        .title(LocalizedText.of("en", "T", "az", "Ə\n\"q\""))
        .languages("az", "en").period("2016/2016")
        .institution(Institution.builder().id("m").name("az", "N").kind(InstitutionKind.MINISTRY)
            .collective(true).build())
        .institution(Institution.builder().id("n").name("az", "N2").kind(InstitutionKind.OTHER)
            .build())
        .section(Section.builder().number("1").title("az", "S")
            .measure(Measure.builder().number("1.1").title("az", "M").executor("m")
                .timeFrame("2016-01/2016-01").build())
            .build())
        .extensions(JsonObject.builder()
            .put("b", new BigDecimal("1.0"))
            .put("a", JsonArray.of(JsonNumber.of(new BigDecimal("1E+3")),
                JsonNumber.of(new BigDecimal("123456789012345678901234567890.000")),
                JsonString.of("\u2028\u0001\uD83D\uDE00")))
            .put("B", JsonObject.EMPTY)
            .build())
        .build();
  }

  @Test
  void writesTheCanonicalFormExactly() {
    assertThat(WRITER.write(small())).isEqualTo("""
        {
          "schemaVersion": "1.1",
          "id": "p",
          "kind": "NATIONAL_PROGRAM",
          "country": "AZ",
          "title": {
            "az": "Ə\\n\\"q\\"",
            "en": "T"
          },
          "languages": [
            "az",
            "en"
          ],
          "period": "2016",
          "institutions": [
            {
              "id": "m",
              "name": {
                "az": "N"
              },
              "kind": "MINISTRY",
              "collective": true
            },
            {
              "id": "n",
              "name": {
                "az": "N2"
              },
              "kind": "OTHER"
            }
          ],
          "sections": [
            {
              "number": "1",
              "title": {
                "az": "S"
              },
              "measures": [
                {
                  "number": "1.1",
                  "title": {
                    "az": "M"
                  },
                  "institutions": [
                    {
                      "institution": "m",
                      "role": "EXECUTOR"
                    }
                  ],
                  "timeFrame": "2016-01"
                }
              ]
            }
          ],
          "extensions": {
            "B": {},
            "a": [
              1E+3,
              123456789012345678901234567890.000,
              "LINE_SEPARATOR\\u0001\uD83D\uDE00"
            ],
            "b": 1.0
          }
        }
        """.replace("LINE_SEPARATOR", "\u2028"));
  }

  @Test
  void whatWasWrittenReadsBackEqualAndWritesBackIdentical() {
    String text = WRITER.write(small());
    Plan back = READER.readPlan(text);
    assertThat(back).isEqualTo(small());
    assertThat(WRITER.write(back)).isEqualTo(text);
  }

  @Test
  void theFormatSampleReadsAndWritesBackCanonically() {
    Plan sample = READER.readPlan(Docs.sample());
    String canonical = WRITER.write(sample);
    assertThat(READER.readPlan(canonical)).isEqualTo(sample);
    assertThat(WRITER.write(READER.readPlan(canonical))).isEqualTo(canonical);
    assertThat(canonical).endsWith("}\n").doesNotContain("\r").contains("\n  \"id\": ");
  }

  @Test
  void theFullFixtureWritesBackIdenticalAfterOneCanonicalPass() {
    Plan plan = READER.readPlan(Fixtures.valid());
    String canonical = WRITER.write(plan);
    assertThat(canonical).doesNotContain("collective").contains("\"value\": 40.0");
    assertThat(WRITER.write(READER.readPlan(canonical))).isEqualTo(canonical);
  }

  @Test
  void tinyAndHugeExponentsStayShortAndExact() {
    Plan plan = small().toBuilder().extensions(JsonObject.builder()
        .put("tiny", new BigDecimal("1E-999999999")).put("big", new BigDecimal("1E+999999999"))
        .build()).build();
    String text = WRITER.write(plan);
    assertThat(text).contains("\"tiny\": 1E-999999999", "\"big\": 1E+999999999");
    assertThat(READER.readPlan(text)).isEqualTo(plan);
  }

  @Test
  void everyOutputFormGivesTheSameBytes() {
    byte[] bytes = WRITER.writeBytes(small());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(small(), out);
    StringWriter chars = new StringWriter();
    WRITER.write(small(), chars);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(chars.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
  }

  @Test
  void aStreamThatFailsGivesAnUncheckedIoExceptionNamingTheCause() {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WRITER.write(small(), broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot write the plan: disk full")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void aStreamAndAWriterGetTheCanonicalTextAndStayOpen() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    WRITER.write(small(), bytes);
    assertThat(bytes.toByteArray()).isEqualTo(WRITER.writeBytes(small()));
    java.io.StringWriter chars = new java.io.StringWriter();
    WRITER.write(small(), chars);
    assertThat(chars.toString()).isEqualTo(WRITER.write(small()));
  }

  /** "Flushed, not closed": what a buffering stream or writer holds reaches its target. */
  @Test
  void aBufferingStreamOrWriterIsFlushedSoTheTextArrives() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.BufferedOutputStream bufferedBytes = new java.io.BufferedOutputStream(bytes, 1 << 20);
    WRITER.write(small(), bufferedBytes);
    assertThat(bytes.toByteArray()).isEqualTo(WRITER.writeBytes(small()));

    StringWriter chars = new StringWriter();
    java.io.BufferedWriter bufferedChars = new java.io.BufferedWriter(chars, 1 << 20);
    WRITER.write(small(), bufferedChars);
    assertThat(chars.toString()).isEqualTo(WRITER.write(small()));
  }

  /**
   * A number with many zeros after the point is written in plain digits, as read, where
   * BigDecimal's own text would switch to an exponent ({@code 1E-7}).
   */
  @Test
  void aSmallDecimalIsWrittenInPlainDigits() {
    Plan plan = READER.readPlan(Fixtures.withLine(34,
        "  \"extensions\": {\"x\": 0.0000001, \"y\": 0.00000010}"));
    assertThat(WRITER.write(plan)).contains("\"x\": 0.0000001,", "\"y\": 0.00000010\n");
  }
}
