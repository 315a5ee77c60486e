package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Command.Io;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents named on a command line read as one dataset, for the commands that work on
 * datasets without validating them ({@code status}, {@code stats}, {@code export}).
 *
 * <p>A file that is not a readable document is reported on standard error with its findings and
 * left out; so is a document with the type and id of an earlier one. A file that cannot be
 * opened is reported by {@link Inputs}.
 */
final class DatasetFiles {

  /**
   * What was read.
   *
   * @param dataset the documents that were read, as one dataset
   * @param leftOut whether a file was left out (exit status 1)
   * @param failed whether a file could not be opened (exit status 2)
   */
  record Loaded(Dataset dataset, boolean leftOut, boolean failed) {
    /** The exit status for what was read: 2, 1 or 0. */
    int status() {
      return failed ? Ogp.USAGE : leftOut ? 1 : 0;
    }
  }

  private DatasetFiles() {}

  /**
   * Reads the files and folders of the command line.
   *
   * @param parameters the files and folders ({@code -} is standard input)
   * @param engine the reader
   * @param io the streams
   * @return the dataset and how reading went
   */
  static Loaded read(List<String> parameters, Engine engine, Io io) {
    PrintWriter err = io.err();
    Inputs inputs = new Inputs(io.stdin(), err);
    List<Document> documents = new ArrayList<>();
    Map<DocumentType, Map<String, String>> files = new EnumMap<>(DocumentType.class);
    boolean leftOut = false;
    for (String file : inputs.expand(parameters)) {
      String name = Inputs.name(file);
      ReadResult result = inputs.open(file, in -> engine.read(in, name));
      if (result == null) {
        continue;
      }
      Optional<Document> document = result.document();
      if (document.isEmpty()) {
        for (Finding f : result.report().findings()) {
          err.println(ValidationReport.line(name, f));
        }
        err.println(name + ": not a readable document; left out");
        leftOut = true;
        continue;
      }
      Document d = document.get();
      String earlier = files.computeIfAbsent(d.documentType(), t -> new HashMap<>())
          .putIfAbsent(d.id(), name);
      if (earlier != null) {
        err.println(name + ": id " + d.id() + " is already used by the "
            + d.documentType().jsonName() + " of " + earlier + "; left out");
        leftOut = true;
        continue;
      }
      documents.add(d);
    }
    return new Loaded(Dataset.of(documents), leftOut, inputs.failed());
  }
}
