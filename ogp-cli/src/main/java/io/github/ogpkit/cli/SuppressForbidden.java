package io.github.ogpkit.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a method or type from the build's forbidden-apis check, which recognises this annotation
 * by its simple name. Each use says in a comment why the forbidden call is the point there; see
 * docs/DECISIONS.md (Build).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
@interface SuppressForbidden {}
