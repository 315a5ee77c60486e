package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.constraints.MeasuresOrSections;
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
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The structural checks of a plan built in code: the model's Bean Validation constraints, run by
 * Hibernate Validator, reported under the reading rules' ids ({@code required},
 * {@code invalid-value}) with JSON Pointer paths and this module's own messages. Internal.
 *
 * <p>Hibernate Validator is not left to cascade from the plan down through sections and
 * measures: each level of its cascade takes over a kilobyte of the thread's stack, so that a plan
 * nested {@link Plan#MAX_NESTING} levels deep would need most of a small thread's stack. Its
 * validator here ignores the {@code @Valid} of the lists of subsections and measures, and this
 * class visits every section and measure from a stack of its own, validating each one with the
 * rest of its constraints (texts, indicators, assignments) and placing its violations under its
 * path. An application's own validator still cascades through the whole plan.
 */
@API(status = INTERNAL, since = "0.1")
public final class StructuralCheck {

  private static final Set<Class<? extends Annotation>> REQUIRED_CONSTRAINTS =
      Set.of(NotNull.class, NotEmpty.class, NotBlank.class, MeasuresOrSections.class);

  private StructuralCheck() {}

  /**
   * Holds the validator, made on first use: building a factory reads every constraint's metadata,
   * too costly to repeat, and the holder idiom makes it lazy and thread-safe without locking.
   */
  private static final class Holder {
    static final ValidatorFactory FACTORY = factory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static ValidatorFactory factory() {
      HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
          // Resolving the provider directly works under any class loader layout (fat jars,
          // containers), where the service lookup of the provider may not see this module's one.
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          // Message interpolation without an expression-language implementation: the messages
          // reported are this module's own, so HV's only need to exist, not to evaluate EL.
          .messageInterpolator(new ParameterMessageInterpolator());
      // These lists carry nothing but the @Valid of their elements: run() visits the elements.
      ConstraintMapping parts = config.createConstraintMapping();
      parts.type(Section.class)
          .field("measures").ignoreAnnotations(true)
          .field("sections").ignoreAnnotations(true);
      parts.type(Measure.class).field("measures").ignoreAnnotations(true);
      return config.addMapping(parts).buildValidatorFactory();
    }
  }

  /** Where the findings of a check go: a finding's rule, path, message key and values. */
  @FunctionalInterface
  @API(status = INTERNAL, since = "0.2")
  public interface Findings {
    /**
     * Reports a finding.
     *
     * @param rule the rule's id, not null
     * @param path where, not null
     * @param key the message key, not null
     * @param args the values the message names
     */
    void report(String rule, JsonPointer path, String key, Object... args);
  }

  /**
   * Checks the constraints of a monitoring document (a progress report, an IRM assessment, a
   * member) and of its parts, which are never nested deeply, in one call; and what the model
   * cannot say with a constraint: a progress entry that states none of {@code status},
   * {@code onSchedule} and {@code summary} is {@code required} at its {@code status}, as the
   * reader reports it.
   *
   * @param document the document, not null
   * @param messages the messages, not null
   * @param findings where the findings go, not null
   */
  public static void check(Document document, Messages messages, Findings findings) {
    report(messages, findings, JsonPointer.root(), Holder.VALIDATOR.validate(document));
    if (document instanceof ProgressReport r) {
      List<ProgressEntry> entries = r.entries();
      for (int i = 0; i < entries.size(); i++) {
        ProgressEntry e = entries.get(i);
        if (e.status().isEmpty() && e.onSchedule().isEmpty() && e.summary().isEmpty()) {
          findings.report(RuleCatalog.REQUIRED, JsonPointer.root().append("entries").append(i)
              .append("status"), "required.progress-entry");
        }
      }
    }
  }

  /**
   * Checks a plan's constraints and reports each violation to the walk.
   *
   * @param walk the walk of the plan, not null
   */
  public static void run(Walk walk) {
    Validator validator = Holder.VALIDATOR;
    Plan plan = walk.plan();
    // The plan, and its top-level measures and sections through the plan's own @Valid.
    report(walk, JsonPointer.root(), validator.validate(plan));
    // Then every part below them, each with its path. Their order does not matter: the report
    // puts findings in document order.
    ArrayDeque<Object> parts = new ArrayDeque<>();
    ArrayDeque<JsonPointer> paths = new ArrayDeque<>();
    List<Measure> measures = plan.measures();
    JsonPointer topMeasures = JsonPointer.root().append("measures");
    for (int i = 0; i < measures.size(); i++) {
      push(measures.get(i).measures(), topMeasures.append(i), "measures", parts, paths);
    }
    List<Section> sections = plan.sections();
    JsonPointer top = JsonPointer.root().append("sections");
    for (int i = 0; i < sections.size(); i++) {
      pushChildren(sections.get(i), top.append(i), parts, paths);
    }
    while (!parts.isEmpty()) {
      Object part = parts.pop();
      JsonPointer path = paths.pop();
      report(walk, path, validator.validate(part));
      if (part instanceof Section section) {
        pushChildren(section, path, parts, paths);
      } else {
        push(((Measure) part).measures(), path, "measures", parts, paths);
      }
    }
  }

  private static void pushChildren(Section section, JsonPointer path, ArrayDeque<Object> parts,
      ArrayDeque<JsonPointer> paths) {
    push(section.measures(), path, "measures", parts, paths);
    push(section.sections(), path, "sections", parts, paths);
  }

  /** Pushes the elements of one list of a part, with their paths. */
  private static void push(List<?> children, JsonPointer parent, String property,
      ArrayDeque<Object> parts, ArrayDeque<JsonPointer> paths) {
    if (children.isEmpty()) {
      return;
    }
    JsonPointer array = parent.append(property);
    for (int i = 0; i < children.size(); i++) {
      parts.push(children.get(i));
      paths.push(array.append(i));
    }
  }

  private static <T> void report(Walk walk, JsonPointer base, Set<ConstraintViolation<T>> found) {
    report(walk.messages(), walk::report, base, found);
  }

  private static <T> void report(Messages messages, Findings walk, JsonPointer base,
      Set<ConstraintViolation<T>> found) {
    for (ConstraintViolation<T> v : found) {
      Class<? extends Annotation> type =
          v.getConstraintDescriptor().getAnnotation().annotationType();
      String rule = REQUIRED_CONSTRAINTS.contains(type) ? RuleCatalog.REQUIRED
          : RuleCatalog.INVALID_VALUE;
      JsonPointer path = toPointer(base, v.getPropertyPath());
      String property = lastProperty(path);
      String key = "constraint." + type.getSimpleName();
      if (!hasKey(messages, key)) {
        walk.report(rule, path, "constraint.other", property,
            new Messages.Sentence(message(v, messages.locale())));
      } else if (type == MeasuresOrSections.class) {
        walk.report(rule, path, key, property);
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
   * Turns a Bean Validation property path into a JSON Pointer below the validated bean's:
   * {@code measures[6].timeFrame} from a section at {@code /sections/4} becomes
   * {@code /sections/4/measures/6/timeFrame}, {@code languages[1].<list element>} from the plan
   * becomes {@code /languages/1}, and an unwrapped {@code Optional} is its property.
   */
  private static JsonPointer toPointer(JsonPointer base, Path path) {
    JsonPointer pointer = base;
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
