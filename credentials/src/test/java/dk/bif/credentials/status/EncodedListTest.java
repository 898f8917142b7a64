package dk.bif.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.credentials.store.StatusEntry;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class EncodedListTest {

  @Test
  void theSpecificationsExampleListDecodesTo131072UnsetBits() {
    BitSet bits =
        EncodedList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

    assertThat(bits.isEmpty()).isTrue();
  }

  @Test
  void indexZeroIsTheLeftMostBitOfTheFirstByteAndTheListIs16Kb() throws Exception {
    BitSet set = new BitSet();
    set.set(0);
    set.set(9);
    set.set(StatusEntry.LIST_SIZE - 1);

    String encoded = EncodedList.encode(set);

    assertThat(encoded).startsWith("u");
    byte[] raw =
        new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
            .readAllBytes();
    assertThat(raw).hasSize(16 * 1024);
    assertThat(raw[0]).isEqualTo((byte) 0x80);
    assertThat(raw[1]).isEqualTo((byte) 0x40);
    assertThat(raw[raw.length - 1]).isEqualTo((byte) 0x01);
    assertThat(EncodedList.decode(encoded)).isEqualTo(set);
  }

  @Test
  void aListShorterThanTheMinimumOrNotMultibaseIsRefusedSayingWhy() {
    String shortList =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1024]));

    assertThatThrownBy(() -> EncodedList.decode(shortList)).hasMessageContaining("at least 131072");
    assertThatThrownBy(() -> EncodedList.decode("zabc")).hasMessageContaining("multibase");
    assertThatThrownBy(() -> EncodedList.decode("u!!!")).hasMessageContaining("base64url");
    assertThatThrownBy(() -> EncodedList.decode("uAAAA")).hasMessageContaining("GZIP");
  }

  static byte[] gzip(byte[] data) {
    var out = new java.io.ByteArrayOutputStream();
    try (var g = new java.util.zip.GZIPOutputStream(out)) {
      g.write(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
