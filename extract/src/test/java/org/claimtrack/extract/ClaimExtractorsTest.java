package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimExtractorsTest {
  @Test
  void theStandardStagesAreKnownWithoutLoadingThePipelineAndMatchIt() {
    assertThat(ClaimExtractors.standardStages()).isEqualTo(TestData.EXTRACTOR.stages());
  }
}
