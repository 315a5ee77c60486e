package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** A bundle that is not there is a MissingResourceException naming it, not a null pointer. */
class MessageBundlesTest {

  @Test
  void aMissingBundleIsReportedByName() {
    assertThatThrownBy(() -> Messages.load("messages_xx.properties"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessage("missing message bundle messages_xx.properties");
  }
}
