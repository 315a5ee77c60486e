package io.github.ogpkit.io;

import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Small documents of the monitoring types for the reading tests, every property on a line of its
 * own (its number in the comment), so that a test can replace one line and know exactly where a
 * finding must be. Each is in canonical order and uses every property of its type.
 */
final class MonitoringSamples {
  private MonitoringSamples() {}

  /** The three samples, one of each type. */
  static Stream<Supplier<String>> all() {
    return Stream.of(MonitoringSamples::progressReport, MonitoringSamples::irmAssessment,
        MonitoringSamples::member);
  }

  static String progressReport() {
    return String.join("\n",
        "{",                                                                  // 1
        "  \"schemaVersion\": \"1.1\",",                                      // 2
        "  \"type\": \"progress-report\",",                                   // 3
        "  \"id\": \"xx-tracker-2023\",",                                     // 4
        "  \"plan\": \"xx-plan\",",                                           // 5
        "  \"reporter\": {\"kind\": \"GOVERNMENT\", \"name\": {\"en\": \"Government\"}, \"extensions\": {\"a\": 1}},", // 6
        "  \"asOf\": \"2023-06-30\",",                                        // 7
        "  \"published\": \"2023-07-15\",",                                   // 8
        "  \"languages\": [\"en\", \"az\"],",                                 // 9
        "  \"links\": [{\"rel\": \"TRACKER\", \"href\": \"https://example.org/tracker\"}],", // 10
        "  \"entries\": [",                                                   // 11
        "    {",                                                              // 12
        "      \"measure\": \"1.1\",",                                        // 13
        "      \"ogpId\": \"XX0001\",",                                       // 14
        "      \"status\": \"LIMITED\",",                                     // 15
        "      \"onSchedule\": false,",                                       // 16
        "      \"summary\": {\"en\": \"Slow\"},",                             // 17
        "      \"challenges\": {\"en\": \"Funding\"},",                       // 18
        "      \"nextSteps\": {\"en\": \"Ask\"},",                            // 19
        "      \"evidence\": [{\"rel\": \"EVIDENCE\", \"href\": \"https://example.org/e\"}],", // 20
        "      \"extensions\": {\"x\": true}",                                // 21
        "    }",                                                              // 22
        "  ],",                                                               // 23
        "  \"extensions\": {\"source\": \"test\"}",                           // 24
        "}",                                                                  // 25
        "");
  }

  static String irmAssessment() {
    return String.join("\n",
        "{",                                                                  // 1
        "  \"schemaVersion\": \"1.1\",",                                      // 2
        "  \"type\": \"irm-assessment\",",                                    // 3
        "  \"id\": \"xx-irm-review\",",                                       // 4
        "  \"plan\": \"xx-plan\",",                                           // 5
        "  \"product\": \"ACTION_PLAN_REVIEW\",",                             // 6
        "  \"published\": \"2021-06\",",                                      // 7
        "  \"languages\": [\"en\"],",                                         // 8
        "  \"links\": [{\"rel\": \"IRM_REPORT\", \"href\": \"https://example.org/irm\"}],", // 9
        "  \"entries\": [",                                                   // 10
        "    {",                                                              // 11
        "      \"measure\": \"1\",",                                          // 12
        "      \"ogpId\": \"XX0001\",",                                       // 13
        "      \"specificity\": \"HIGH\",",                                   // 14
        "      \"verifiable\": false,",                                       // 15
        "      \"ogpValues\": [\"ACCESS_TO_INFORMATION\", \"CIVIC_PARTICIPATION\"],", // 16
        "      \"potentialImpact\": \"MODERATE\",",                           // 17
        "      \"promising\": false,",                                        // 18
        "      \"completion\": \"LIMITED\",",                                 // 19
        "      \"didItOpenGovernment\": \"MARGINAL\",",                       // 20
        "      \"starred\": false,",                                          // 21
        "      \"summary\": {\"en\": \"Fine\"},",                             // 22
        "      \"extensions\": {\"x\": 1}",                                   // 23
        "    }",                                                              // 24
        "  ],",                                                               // 25
        "  \"extensions\": {\"source\": \"test\"}",                           // 26
        "}",                                                                  // 27
        "");
  }

  static String member() {
    return String.join("\n",
        "{",                                                                  // 1
        "  \"schemaVersion\": \"1.1\",",                                      // 2
        "  \"type\": \"member\",",                                            // 3
        "  \"id\": \"xx-city\",",                                             // 4
        "  \"name\": {\"en\": \"City\"},",                                    // 5
        "  \"memberType\": \"LOCAL\",",                                       // 6
        "  \"country\": \"AZ\",",                                             // 7
        "  \"jurisdiction\": {\"en\": \"City Council\"},",                    // 8
        "  \"joined\": \"2016\",",                                            // 9
        "  \"links\": [{\"rel\": \"OGP_PAGE\", \"href\": \"https://example.org/member\"}],", // 10
        "  \"statusHistory\": [",                                             // 11
        "    {\"status\": \"ACTIVE\", \"from\": \"2016\", \"decidedBy\": {\"en\": \"SC\"}, \"reason\": {\"en\": \"Joined\"}, \"links\": [{\"rel\": \"SOURCE\", \"href\": \"https://example.org/s\"}], \"extensions\": {\"x\": 1}}", // 12
        "  ],",                                                               // 13
        "  \"decisions\": [",                                                 // 14
        "    {\"date\": \"2017-06-28\", \"status\": \"ACTIVE\", \"decidedBy\": {\"en\": \"SC\"}, \"summary\": {\"en\": \"Kept\"}, \"links\": [{\"rel\": \"SOURCE\", \"href\": \"https://example.org/d\"}], \"extensions\": {\"x\": 2}}", // 15
        "  ],",                                                               // 16
        "  \"actionPlans\": [",                                               // 17
        "    {\"plan\": \"xx-plan\", \"period\": \"2016/2018\", \"adopted\": \"2016-04\", \"links\": [{\"rel\": \"SOURCE\", \"href\": \"https://example.org/p\"}], \"extensions\": {\"x\": 3}}", // 18
        "  ],",                                                               // 19
        "  \"extensions\": {\"source\": \"test\"}",                           // 20
        "}",                                                                  // 21
        "");
  }

  /** Replaces the whole of one 1-based line of a document. */
  static String withLine(String document, int line, String replacement) {
    String[] lines = document.split("\n", -1);
    lines[line - 1] = replacement;
    return String.join("\n", lines);
  }
}
