/**
 * Validation of plans: Bean Validation structural checks and the domain rule catalog, with
 * profiles and messages in English and Azerbaijani.
 *
 * <p>Provides the validators of the model's custom constraints to Bean Validation, so that an
 * application validating a plan with its own Hibernate Validator gets them too.
 */
module io.github.ogpkit.rules {
  requires transitive io.github.ogpkit.model;
  requires org.hibernate.validator;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.rules;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens io.github.ogpkit.rules.internal.constraints to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      io.github.ogpkit.rules.internal.constraints.CountryCodeValidator,
      io.github.ogpkit.rules.internal.constraints.DistinctElementsValidator,
      io.github.ogpkit.rules.internal.constraints.LanguageTagValidator,
      io.github.ogpkit.rules.internal.constraints.NotPermanentValidator,
      io.github.ogpkit.rules.internal.constraints.MeasuresOrSectionsValidator;
}
