package io.github.ogpkit.examples;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.ReportJsonWriter;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.nio.charset.StandardCharsets;

/**
 * A service-style validation of incoming JSON: bytes in, the report's JSON out, with an HTTP-like
 * status. The reader and the validator are built once and shared by every request.
 */
public final class PlanIntakeService {

  private final PlanReader reader = PlanReader.standard();
  private final OgpValidator validator = OgpValidator.standard();
  private final ReportJsonWriter reports = ReportJsonWriter.standard();

  /** Creates the service with the standard reader and validator. */
  public PlanIntakeService() {}

  /** The service's answer: a status and a JSON body. */
  public record Response(int status, String body) {}

  /**
   * Validates one submitted plan document.
   *
   * @param name what the caller calls the document, such as an upload's file name
   * @param body the submitted bytes, any bytes at all
   * @return 200 with the report when the plan is valid, 422 with the report when it is not
   */
  public Response submit(String name, byte[] body) {
    ValidationReport report = reader.validate(body, validator).withSource(name);
    return new Response(report.isValid() ? 200 : 422, reports.write(report));
  }

  /**
   * Validates a small document with one mistake in it and prints the answer.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String body = """
        {"schemaVersion": "1.0", "id": "xx-sample-2020-2022", "kind": "OGP_ACTION_PLAN",
         "country": "AZ", "title": {"en": "Sample plan"}, "languages": ["en"],
         "period": "2020/2022", "institutions": [],
         "sections": [{"number": "1", "title": {"en": "Access to information"},
           "measures": [{"number": "1.1", "title": {"en": "Publish the register"},
             "timeframe": "2020"}]}]}
        """;
    Response response = new PlanIntakeService()
        .submit("upload.json", body.getBytes(StandardCharsets.UTF_8));
    System.out.println(response.status());
    System.out.print(response.body());
  }
}
