package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimtrack eval}'s command line; the suites themselves are tested in the eval module. */
class EvalCommandTest {

  @Test
  void anUnknownSuiteIsAUsageError() {
    CliRun r = CliRun.of("eval", "--only", "realnews,nosuch");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown suite 'nosuch'").contains("realnews");
  }

  @Test
  void aMissingSuiteIsOneLineAndExitOne(@TempDir Path empty) {
    CliRun r = CliRun.of("eval", "--only", "realnews", "--per-file", "--eval-dir", empty.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("claimtrack eval: realnews: realnews-dev not found").doesNotContain("Exception");
    assertThat(r.out()).startsWith("suite").doesNotContain("per page");
  }
}
