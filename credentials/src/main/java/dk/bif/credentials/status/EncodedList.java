package dk.bif.credentials.status;

import dk.bif.credentials.store.StatusEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: the bitstring, index 0 at the left-most
 * bit of the first byte, GZIP-compressed, base64url-encoded without padding and prefixed {@code u}
 * (multibase).
 */
public final class EncodedList {

  private EncodedList() {}

  /**
   * Encodes a list of {@link StatusEntry#LIST_SIZE} bits.
   *
   * @param set the indexes whose bit is 1 (revoked)
   * @return the multibase text
   */
  public static String encode(BitSet set) {
    byte[] bits = new byte[StatusEntry.LIST_SIZE / 8];
    for (int i = set.nextSetBit(0);
        i >= 0 && i < StatusEntry.LIST_SIZE;
        i = set.nextSetBit(i + 1)) {
      bits[i / 8] |= (byte) (0x80 >>> (i % 8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /**
   * Decodes an encoded list.
   *
   * @param encoded the multibase text
   * @return the bits
   * @throws IllegalArgumentException saying what is wrong when the text is not a multibase
   *     base64url GZIP bitstring of at least {@link StatusEntry#LIST_SIZE} bits
   */
  public static BitSet decode(String encoded) {
    if (encoded == null || !encoded.startsWith("u")) {
      throw new IllegalArgumentException(
          "encodedList must be multibase base64url (start with 'u')");
    }
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encodedList is not base64url");
    }
    byte[] bits;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      bits = in.readNBytes(16 * StatusEntry.LIST_SIZE);
    } catch (IOException e) {
      throw new IllegalArgumentException("encodedList is not GZIP-compressed");
    }
    if (bits.length * 8 < StatusEntry.LIST_SIZE) {
      throw new IllegalArgumentException(
          "the status list holds "
              + bits.length * 8
              + " entries; at least "
              + StatusEntry.LIST_SIZE
              + " are required");
    }
    BitSet set = new BitSet(bits.length * 8);
    for (int i = 0; i < bits.length * 8; i++) {
      if ((bits[i / 8] & (0x80 >>> (i % 8))) != 0) {
        set.set(i);
      }
    }
    return set;
  }
}
