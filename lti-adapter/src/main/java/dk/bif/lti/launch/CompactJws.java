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
 * An id_token split into its three compact-serialization parts, with the header parsed by Nimbus.
 * Headers that have already verified are memoized (platforms send the same header for every
 * launch), so the launch hot path parses one JSON document, the claims.
 */
record CompactJws(
    JWSHeader header,
    String headerPart,
    String signedPart,
    String payloadPart,
    String signaturePart) {

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
    if (header == null) header = parseHeader(headerPart);
    return new CompactJws(
        header,
        headerPart,
        token.substring(0, second),
        token.substring(first + 1, second),
        token.substring(second + 1));
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
  Base64URL signature() {
    return new Base64URL(signaturePart) {
      private static final long serialVersionUID = 1L;

      @Override
      public byte[] decode() {
        try {
          return Base64.getUrlDecoder().decode(signaturePart);
        } catch (IllegalArgumentException e) {
          return new byte[0];
        }
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
