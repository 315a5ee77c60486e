package io.github.ogpkit.testing.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.ogpkit.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class OgpFixtureExtensionFailureTest {

  @Test
  void anUnknownIdFailsTheTestWithTheKnownIds() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(UnknownId.class))
        .configurationParameter("junit.jupiter.conditions.deactivate", "*")
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(message(m -> m.contains("unknown fixture \"nope\"")
            && m.contains("az-ogp-nap-2016-2018")))));
  }

  @Test
  void aParameterOfAnotherTypeFailsNamingTheTypes() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(WrongType.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(message(m -> m.contains("java.lang.String")
            && m.contains("io.github.ogpkit.model.Plan, Dataset, Document, Member or byte[]")))));
  }

  // Run only through the test kit above; the failures are the point.
  static class UnknownId {
    @Test
    void test(@OgpFixture("nope") Plan plan) {
    }
  }

  static class WrongType {
    @Test
    void test(@OgpFixture("az-ogp-nap-2016-2018") String plan) {
    }
  }
}
