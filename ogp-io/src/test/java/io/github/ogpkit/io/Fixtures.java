package io.github.ogpkit.io;

/** Small documents for the reading tests, built from a valid one-measure plan. */
final class Fixtures {
  private Fixtures() {}

  /**
   * A valid plan with every property written on its own line, so that a test can replace one
   * line and know exactly where a finding must be. Line numbers are in the comments.
   */
  static String valid() {
    return String.join("\n",
        "{",                                                        // 1
        "  \"schemaVersion\": \"1.0\",",                            // 2
        "  \"id\": \"xx-plan\",",                                   // 3
        "  \"kind\": \"OGP_ACTION_PLAN\",",                         // 4
        "  \"country\": \"AZ\",",                                   // 5
        "  \"title\": {\"en\": \"Plan\"},",                         // 6
        "  \"languages\": [\"en\", \"az\"],",                       // 7
        "  \"period\": \"2020/2022\",",                             // 8
        "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": \"2020-02-29\", \"reference\": \"No 1\"},", // 9
        "  \"preamble\": {\"en\": \"Intro\"},",                     // 10
        "  \"institutions\": [",                                    // 11
        "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", \"collective\": false, \"parent\": \"cab\"},", // 12
        "    {\"id\": \"cab\", \"name\": {\"en\": \"Cabinet\"}, \"kind\": \"CABINET\"}", // 13
        "  ],",                                                     // 14
        "  \"sections\": [",                                        // 15
        "    {",                                                    // 16
        "      \"number\": \"1\",",                                 // 17
        "      \"title\": {\"en\": \"Access\"},",                   // 18
        "      \"description\": {\"en\": \"About access\"},",       // 19
        "      \"measures\": [",                                    // 20
        "        {",                                                // 21
        "          \"number\": \"1.1\",",                           // 22
        "          \"title\": {\"en\": \"Publish\"},",              // 23
        "          \"description\": {\"en\": \"Why\"},",            // 24
        "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"baseline\": {\"value\": 0}, \"target\": {\"value\": 40.0, \"unit\": \"services\", \"year\": 2021}}],", // 25
        "          \"institutions\": [{\"institution\": \"moj\", \"role\": \"EXECUTOR\"}, {\"institution\": \"cab\", \"role\": \"RECOMMENDED\"}],", // 26
        "          \"timeFrame\": \"2020-03/2021\",",               // 27
        "          \"extensions\": {\"x\": [1.0, null, true, \"s\"]}", // 28
        "        }",                                                // 29
        "      ],",                                                 // 30
        "      \"provisions\": [{\"number\": \"1.2\", \"text\": {\"en\": \"Monitoring\"}}]", // 31
        "    }",                                                    // 32
        "  ],",                                                     // 33
        "  \"extensions\": {\"source\": \"test\"}",                 // 34
        "}",                                                        // 35
        "");
  }

  /** Replaces the whole of one 1-based line of {@link #valid()}. */
  static String withLine(int line, String replacement) {
    String[] lines = valid().split("\n", -1);
    lines[line - 1] = replacement;
    return String.join("\n", lines);
  }
}
