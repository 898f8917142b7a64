package dk.bif.lti.launch;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An id_token split into its three compact-serialization parts, with the header parsed by Nimbus
 * and the signature decoded. Each part must be canonical base64url (RFC 7515 §2, RFC 4648 §5): no
 * padding, no character outside the URL alphabet, no stray bits in the last character, so that one
 * token has exactly one spelling. Headers that have already verified are memoized (platforms send
 * the same header for every launch), so the launch hot path parses one JSON document, the claims.
 */
record CompactJws(
    JWSHeader header,
    String headerPart,
    String signedPart,
    String payloadPart,
    Base64URL signature) {

  /** Most distinct verified headers remembered; beyond that headers are parsed every time. */
  static final int MAX_REMEMBERED_HEADERS = 64;

  /** A fresh, thread-safe memo of verified headers, one per validator. */
  static Map<String, JWSHeader> newHeaderMemo() {
    return new ConcurrentHashMap<>();
  }

  /** Splits and parses a compact JWS, refusing anything else. */
  static CompactJws parse(String token, Map<String, JWSHeader> verifiedHeaders)
      throws LaunchRefusedException {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw new LaunchRefusedException(ReasonCode.TOKEN_MALFORMED, "id_token is not three parts");
    }
    String headerPart = token.substring(0, first);
    JWSHeader header = verifiedHeaders.get(headerPart);
    if (header == null) {
      requireUrlAlphabet(headerPart, "header");
      requireCanonicalEnd(headerPart, "header");
      header = parseHeader(headerPart);
    }
    String payloadPart = token.substring(first + 1, second);
    String signaturePart = token.substring(second + 1);
    // the JDK's decoder refuses any other character than the alphabet and trailing padding
    requireCanonicalEnd(payloadPart, "payload");
    requireCanonicalEnd(signaturePart, "signature");
    byte[] signature;
    try {
      signature = Base64.getUrlDecoder().decode(signaturePart);
    } catch (IllegalArgumentException e) {
      throw new LaunchRefusedException(ReasonCode.TOKEN_MALFORMED, "signature is not base64url");
    }
    return new CompactJws(
        header,
        headerPart,
        token.substring(0, second),
        payloadPart,
        decoded(signaturePart, signature));
  }

  /** Every character of the part is of the base64url alphabet (checked on headers not memoized). */
  private static void requireUrlAlphabet(String part, String name) throws LaunchRefusedException {
    for (int i = 0; i < part.length(); i++) {
      if (sextet(part.charAt(i)) < 0) {
        throw new LaunchRefusedException(
            ReasonCode.TOKEN_MALFORMED, name + " is not base64url (character " + i + ")");
      }
    }
  }

  /**
   * The part is not empty, has no padding, no length that base64 cannot have, and no bits set in
   * its last character beyond those it encodes: "QR" and "QQ" both decode to "A", only "QQ" is
   * canonical.
   */
  private static void requireCanonicalEnd(String part, String name) throws LaunchRefusedException {
    int n = part.length();
    int last = n == 0 ? -1 : sextet(part.charAt(n - 1));
    boolean canonical =
        switch (n % 4) {
          case 0 -> n > 0 && last >= 0;
          case 2 -> last >= 0 && (last & 0x0F) == 0;
          case 3 -> last >= 0 && (last & 0x03) == 0;
          default -> false;
        };
    if (!canonical) {
      throw new LaunchRefusedException(
          ReasonCode.TOKEN_MALFORMED, name + " is not canonical base64url");
    }
  }

  /** The value of a base64url character, or -1 for any other character. */
  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
  }

  private static JWSHeader parseHeader(String headerPart) throws LaunchRefusedException {
    Base64URL encoded = new Base64URL(headerPart);
    try {
      return JWSHeader.parse(encoded);
    } catch (ParseException e) {
      boolean unsigned;
      try {
        unsigned = Header.parse(encoded) instanceof PlainHeader;
      } catch (ParseException notAHeader) {
        unsigned = false;
      }
      if (unsigned) throw new LaunchRefusedException(ReasonCode.ALG_NONE, "alg none");
      throw new LaunchRefusedException(ReasonCode.TOKEN_MALFORMED, "header: " + e.getMessage());
    }
  }

  /** Remembers the header of a token whose signature verified. */
  void rememberVerifiedHeader(Map<String, JWSHeader> verifiedHeaders) {
    if (verifiedHeaders.size() < MAX_REMEMBERED_HEADERS) {
      verifiedHeaders.putIfAbsent(headerPart, header);
    }
  }

  /** The bytes the signature covers: ASCII of {@code header.payload}. */
  byte[] signingInput() {
    return signedPart.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The signature for Nimbus's verifier, decoded with the JDK's Base64 (an intrinsic) rather than
   * Nimbus's constant-time codec; the signature is public.
   */
  private static Base64URL decoded(String part, byte[] bytes) {
    return new Base64URL(part) {
      private static final long serialVersionUID = 1L;

      @Override
      public byte[] decode() {
        return bytes.clone();
      }
    };
  }

  /** The payload's bytes, decoded with the JDK's Base64. */
  byte[] payload() throws LaunchRefusedException {
    try {
      return Base64.getUrlDecoder().decode(payloadPart);
    } catch (IllegalArgumentException e) {
      throw new LaunchRefusedException(ReasonCode.TOKEN_MALFORMED, "payload is not base64url");
    }
  }
}
