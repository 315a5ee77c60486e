package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The one loading of the modules' message bundles: UTF-8 whatever the default charset, a missing
 * or unreadable bundle named in its exception, and Azerbaijani chosen for {@code az} alone.
 */
class MessageBundlesTest {

  private static final String RESOURCE = "messages_az.properties";

  /** A stream that gives its bytes, or fails at reading or closing, and tells whether it closed. */
  private static final class Stream extends InputStream {

    private final InputStream bytes;
    private final boolean failReading;
    private final boolean failClosing;
    private boolean closed;

    Stream(byte[] bytes, boolean failReading, boolean failClosing) {
      this.bytes = new ByteArrayInputStream(bytes);
      this.failReading = failReading;
      this.failClosing = failClosing;
    }

    @Override
    public int read() throws IOException {
      if (failReading) {
        throw new IOException("disk gone");
      }
      return bytes.read();
    }

    @Override
    public void close() throws IOException {
      closed = true;
      if (failClosing) {
        throw new IOException("cannot close");
      }
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsABundleAsUtf8WhateverTheDefaultCharset() {
    String letters = "ə ş ğ ı İ Ə Ş Ğ ç ö ü";
    byte[] bytes =
        utf8("letters=" + letters + "\nnesting-too-deep=sətir {0} səviyyədən dərin\n");
    // The bytes mean other letters in ISO-8859-1 (or ASCII, the default of a bare POSIX locale):
    // a reader that took the default charset would not give them back on such a machine.
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("ə", "ş", "İ");

    ResourceBundle bundle = MessageBundles.load(MessageBundlesTest.class, RESOURCE,
        new ByteArrayInputStream(bytes));

    assertThat(bundle.getString("letters")).isEqualTo(letters);
    assertThat(bundle.getString("nesting-too-deep")).isEqualTo("sətir {0} səviyyədən dərin");
    assertThat(bundle.keySet()).containsExactlyInAnyOrder("letters", "nesting-too-deep");
  }

  @Test
  void closesTheStreamItRead() {
    Stream in = new Stream(utf8("key=dəyər\n"), false, false);

    assertThat(MessageBundles.load(MessageBundlesTest.class, RESOURCE, in).getString("key"))
        .isEqualTo("dəyər");
    assertThat(in.closed).isTrue();
  }

  @Test
  void aMissingBundleIsAMissingResourceExceptionNamingItAndItsOwner() {
    String missing = "messages_xx.properties";

    assertThatThrownBy(() -> MessageBundles.load(MessageBundlesTest.class, missing, null))
        .isInstanceOfSatisfying(MissingResourceException.class, e -> {
          assertThat(e.getClassName()).isEqualTo(MessageBundlesTest.class.getName());
          assertThat(e.getKey()).isEqualTo(missing);
        })
        .hasMessage("missing message bundle messages_xx.properties");
  }

  @Test
  void aBundleThatCannotBeReadIsAnUncheckedIoExceptionNamingIt() {
    Stream in = new Stream(utf8("key=value\n"), true, false);

    assertThatThrownBy(() -> MessageBundles.load(MessageBundlesTest.class, RESOURCE, in))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read message bundle messages_az.properties")
        .cause().isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(in.closed).isTrue();
  }

  @Test
  void aBundleThatCannotBeClosedIsAnUncheckedIoExceptionNamingIt() {
    Stream in = new Stream(utf8("key=value\n"), false, true);

    assertThatThrownBy(() -> MessageBundles.load(MessageBundlesTest.class, RESOURCE, in))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read message bundle messages_az.properties")
        .cause().hasMessage("cannot close");
  }

  @Test
  void azerbaijaniIsForTheLanguageAzWhateverItsScriptRegionOrCase() {
    for (String tag : List.of("az", "az-AZ", "az-Latn-AZ", "az-Cyrl", "AZ", "AZ-az")) {
      assertThat(MessageBundles.isAzerbaijani(Locale.forLanguageTag(tag))).as(tag).isTrue();
    }
    assertThat(MessageBundles.isAzerbaijani(new Locale.Builder().setLanguage("AZ").build()))
        .isTrue();
  }

  @Test
  void everyOtherLocaleIsEnglish() {
    for (String tag : List.of("en", "en-US", "tr", "tr-TR", "ru", "ar-SA", "und", "x-az")) {
      assertThat(MessageBundles.isAzerbaijani(Locale.forLanguageTag(tag))).as(tag).isFalse();
    }
    assertThat(MessageBundles.isAzerbaijani(Locale.ROOT)).isFalse();
    assertThat(MessageBundles.isAzerbaijani(Locale.ENGLISH)).isFalse();
  }

  @Test
  void theLocaleIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> MessageBundles.isAzerbaijani(null))
        .withMessage("locale");
  }
}
