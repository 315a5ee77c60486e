package io.github.ogpkit.io.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's factory, whose parsers of bytes note whether an escape gave half a character: the
 * reader must refuse unpaired surrogates (I-JSON, RFC 7493), and in a document checked as UTF-8
 * only a {@code \}{@code uD800}-style escape can give one (four-byte characters always give
 * whole pairs). Without an escape of a surrogate the reader need not scan its strings for one;
 * scanning every string was 3.5% of reading the Azerbaijani fixture, whose strings are mostly not
 * Latin-1.
 *
 * <p>Jackson decodes every escape, in names and values, in {@link UTF8StreamJsonParser}'s one
 * overridable method {@code _decodeEscaped}; the parser below watches it. The factory makes the
 * same parser Jackson's own would for UTF-8 bytes, which is what the reader gives it (its
 * {@code SourceText} has refused byte order marks and anything but UTF-8); for anything it is
 * not sure of (Jackson without canonical names), it leaves the parser to Jackson, and the reader
 * then scans every string as before.
 */
final class WatchingJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  WatchingJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext,
      byte[] data, int offset, int length) throws JacksonException {
    if (!TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(readContext, ioContext, data, offset, length);
    }
    // As JsonFactory and its bootstrapper do for UTF-8 without a byte order mark.
    _checkRangeBoundsForByteArray(data, offset, length);
    _streamReadConstraints.validateDocumentLength(length);
    ByteQuadsCanonicalizer names = _byteSymbolCanonicalizer.makeChild(_factoryFeatures);
    return new Parser(readContext, ioContext,
        readContext.getStreamReadFeatures(_streamReadFeatures),
        readContext.getFormatReadFeatures(_formatReadFeatures), names, data, offset,
        offset + length);
  }

  /** Jackson's parser of UTF-8 bytes, noting whether an escape gave a surrogate. */
  static final class Parser extends UTF8StreamJsonParser {
    private boolean surrogateEscaped;

    Parser(ObjectReadContext readContext, IOContext ioContext, int streamReadFeatures,
        int formatReadFeatures, ByteQuadsCanonicalizer names, byte[] data, int start, int end) {
      super(readContext, ioContext, streamReadFeatures, formatReadFeatures, null, names, data,
          start, end, 0, false);
    }

    @Override
    protected char _decodeEscaped() throws JacksonException {
      char c = super._decodeEscaped();
      if (Character.isSurrogate(c)) {
        surrogateEscaped = true;
      }
      return c;
    }

    /**
     * Whether an escape read so far, in a name or a value, gave a surrogate: until one does,
     * every string read is whole Unicode text.
     *
     * @return true once an escape gave a surrogate
     */
    boolean surrogateEscaped() {
      return surrogateEscaped;
    }
  }
}
