package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The makers of the rules of one kind (plan rules, monitoring rules) by id, and the choice of
 * those a validator runs. Internal; immutable.
 *
 * @param <R> the kind of rule
 */
@API(status = INTERNAL, since = "0.2")
public final class RuleFactories<R> {

  private final Map<String, Supplier<R>> byId;

  private RuleFactories(Map<String, Supplier<R>> byId) {
    this.byId = byId;
  }

  /**
   * Indexes makers of rules by the id of the rule each makes.
   *
   * @param <R> the kind of rule
   * @param factories the makers, not null
   * @param id the id of a rule, not null
   * @return the index, not null
   */
  public static <R> RuleFactories<R> of(List<Supplier<R>> factories, Function<R, String> id) {
    Map<String, Supplier<R>> m = new LinkedHashMap<>();
    for (Supplier<R> f : factories) {
      m.put(id.apply(f.get()), f);
    }
    return new RuleFactories<>(Map.copyOf(m));
  }

  /**
   * Returns the ids of the rules there are makers of.
   *
   * @return the ids, immutable
   */
  public Set<String> ids() {
    return byId.keySet();
  }

  /**
   * Chooses makers by id.
   *
   * @param ids the ids, in order, not null; ids without a maker are ignored
   * @return the makers, in the order of the ids, immutable
   */
  public List<Supplier<R>> choose(Collection<String> ids) {
    List<Supplier<R>> chosen = new ArrayList<>();
    for (String id : ids) {
      Supplier<R> f = byId.get(id);
      if (f != null) {
        chosen.add(f);
      }
    }
    return List.copyOf(chosen);
  }
}
