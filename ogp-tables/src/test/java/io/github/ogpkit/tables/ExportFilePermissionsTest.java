package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files an export writes have the permissions of any file the user creates, not those of a
 * temporary file (which only its owner may read): a table shared from a server stays readable.
 */
class ExportFilePermissionsTest {

  @TempDir
  Path dir;

  private Set<PosixFilePermission> ordinary() throws IOException {
    return Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary")));
  }

  @Test
  void csvTablesHaveTheUsersOrdinaryPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
    Path tables = Files.createDirectory(dir.resolve("tables"));

    PlanTables.writeCsv(plan, tables);

    assertThat(Files.getPosixFilePermissions(tables.resolve("measures.csv")))
        .isEqualTo(ordinary());
  }

  @Test
  void aWorkbookHasTheUsersOrdinaryPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);

    PlanTables.writeXlsx(plan, dir.resolve("plan.xlsx"));

    assertThat(Files.getPosixFilePermissions(dir.resolve("plan.xlsx"))).isEqualTo(ordinary());
  }
}
