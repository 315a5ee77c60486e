package io.github.ogpkit.rules.internal;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.constraints.TimeFrameRequired;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.RuleCatalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The structural checks of a plan built in code: the model's Bean Validation constraints, run by
 * Hibernate Validator, reported under the reading rules' ids ({@code required},
 * {@code invalid-value}) with JSON Pointer paths and this module's own messages. Internal.
 */
public final class StructuralCheck {

  private static final Set<Class<? extends Annotation>> REQUIRED_CONSTRAINTS =
      Set.of(NotNull.class, NotEmpty.class, NotBlank.class, TimeFrameRequired.class);

  private StructuralCheck() {}

  /**
   * Holds the validator, made on first use: building a factory reads every constraint's metadata,
   * too costly to repeat, and the holder idiom makes it lazy and thread-safe without locking.
   */
  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        // Resolving the provider directly works under any class loader layout (fat jars,
        // containers), where the service lookup of the provider may not see this module's one.
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        // Message interpolation without an expression-language implementation: the messages
        // reported are this module's own, so HV's only need to exist, not to evaluate EL.
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * Returns the shared Bean Validation validator, bootstrapped on first use.
   *
   * @return the validator, thread-safe, not null
   */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  /**
   * Checks a plan's constraints and reports each violation to the walk.
   *
   * @param walk the walk of the plan, not null
   */
  public static void run(Walk walk) {
    for (ConstraintViolation<Plan> v : validator().validate(walk.plan())) {
      Class<? extends Annotation> type =
          v.getConstraintDescriptor().getAnnotation().annotationType();
      String rule = REQUIRED_CONSTRAINTS.contains(type) ? RuleCatalog.REQUIRED
          : RuleCatalog.INVALID_VALUE;
      JsonPointer path = toPointer(v.getPropertyPath());
      String property = lastProperty(path);
      String key = "constraint." + type.getSimpleName();
      if (!hasKey(walk.messages(), key)) {
        walk.report(rule, path, "constraint.other", property,
            message(v, walk.messages().locale()));
      } else if (type == TimeFrameRequired.class && v.getLeafBean() instanceof Measure m) {
        walk.report(rule, path, key, property, m.number());
      } else if (v.getInvalidValue() instanceof Collection<?> c) {
        walk.report(rule, path, key, property, String.join(", ", repeated(c)));
      } else {
        walk.report(rule, path, key, property, String.valueOf(v.getInvalidValue()));
      }
    }
  }

  /**
   * Words Hibernate Validator's message of a violation in the findings' language.
   * {@code v.getMessage()} is worded in the JVM's default locale when the factory was made (Arabic
   * under ar-SA), which is neither the language asked for nor the same on every machine.
   */
  private static String message(ConstraintViolation<?> v, Locale locale) {
    return Holder.FACTORY.getMessageInterpolator()
        .interpolate(v.getMessageTemplate(), new Interpolation(v), locale);
  }

  /** What the message interpolator needs to know of a violation. */
  private record Interpolation(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new ValidationException("no " + type.getName() + " behind this context");
    }
  }

  private static boolean hasKey(Messages messages, String key) {
    try {
      messages.text(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static List<String> repeated(Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        repeated.add(String.valueOf(value));
      }
    }
    return List.copyOf(repeated);
  }

  /**
   * Turns a Bean Validation property path into a JSON Pointer:
   * {@code sections[4].measures[6].timeFrame} becomes {@code /sections/4/measures/6/timeFrame},
   * {@code languages[1].<list element>} becomes {@code /languages/1}, and an unwrapped
   * {@code Optional} is its property.
   *
   * @param path the path, not null
   * @return the pointer, not null
   */
  public static JsonPointer toPointer(Path path) {
    JsonPointer pointer = JsonPointer.root();
    for (Path.Node node : path) {
      // The index of an element belongs to the node after the container, in HV's paths.
      if (node.getIndex() != null) {
        pointer = pointer.append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer = pointer.append(String.valueOf(node.getKey()));
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        pointer = pointer.append(name);
      }
    }
    return pointer;
  }

  private static String lastProperty(JsonPointer path) {
    List<String> tokens = path.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!tokens.get(i).chars().allMatch(Character::isDigit)) {
        return tokens.get(i);
      }
    }
    return "";
  }
}
