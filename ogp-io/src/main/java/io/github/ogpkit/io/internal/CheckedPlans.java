package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.CheckedPlan;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes {@link CheckedPlan}s of the plans the reader bound with no reading error. The model has
 * no public way to make one; its package is opened to this module alone, and this class reaches
 * the private constructor through a private lookup, once.
 */
final class CheckedPlans {

  private static final MethodHandle NEW;

  static {
    try {
      NEW = MethodHandles.privateLookupIn(CheckedPlan.class, MethodHandles.lookup())
          .findConstructor(CheckedPlan.class, MethodType.methodType(void.class, Plan.class, String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private CheckedPlans() {}

  /**
   * Marks a plan the reader bound, with no reading error, as checked.
   *
   * @param plan the plan
   * @param schemaVersion the version its document declared
   * @return the checked plan
   */
  static CheckedPlan of(Plan plan, String schemaVersion) {
    try {
      return (CheckedPlan) NEW.invokeExact(plan, schemaVersion);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a CheckedPlan", e);
    }
  }
}
