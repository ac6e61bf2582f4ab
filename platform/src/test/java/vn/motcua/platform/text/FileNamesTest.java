package vn.motcua.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aPathBecomesItsLastSegmentNeverAPath() {
        assertThat(FileNames.display("../../etc/passwd")).contains("passwd");
        assertThat(FileNames.display("C:\\Users\\an\\..\\don.pdf")).contains("don.pdf");
        assertThat(FileNames.display("..")).isEmpty();
        assertThat(FileNames.display("/")).isEmpty();
        assertThat(FileNames.display(".hidden.pdf")).contains("hidden.pdf");
        assertThat(FileNames.display("  ")).isEmpty();
        assertThat(FileNames.display(null)).isEmpty();
    }

    @Test
    void rfc5987AndRawUtf8NamesAreDecodedAndNfcNormalised() {
        assertThat(FileNames.display("UTF-8''%C4%90%C6%A1n%20%C4%91%C4%83ng%20k%C3%BD.pdf")).contains("Đơn đăng ký.pdf");
        String rawUtf8ReadAsLatin1 = new String("Đơn.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(FileNames.display(rawUtf8ReadAsLatin1)).contains("Đơn.pdf");
        String decomposed = java.text.Normalizer.normalize("Tờ khai.pdf", java.text.Normalizer.Form.NFD);
        assertThat(FileNames.display(decomposed)).contains("Tờ khai.pdf");
        assertThat(FileNames.display("café.pdf")).contains("café.pdf"); // Latin-1 text that is not UTF-8 stays as it is
    }

    @Test
    void controlCharactersAndOverlongNamesAreRefused() {
        assertThatThrownBy(() -> FileNames.display("don\u0000.pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> FileNames.display("UTF-8''don%00.pdf")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> FileNames.display("a".repeat(256))).hasMessageContaining("255");
    }

    @Test
    void downloadsCarryAnAsciiFallbackAndTheExactName() {
        assertThat(FileNames.attachment("Kết quả \"số 1\".pdf"))
                .isEqualTo("attachment; filename=\"Ket qua so 1.pdf\"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20%22s%E1%BB%91%201%22.pdf");
    }

    @Test
    void tabAndNewlinesAreTextOtherControlsAreNot() {
        assertThat(ControlCharacters.firstIn("dòng 1\ndòng 2\r\n\tthụt lề")).isEqualTo(-1);
        assertThat(ControlCharacters.firstIn("a\u0000")).isEqualTo(1);
        assertThat(ControlCharacters.firstIn("\u007F")).isZero();
        assertThat(ControlCharacters.firstIn("\u0085")).isZero();
        assertThat(ControlCharacters.firstIn("\u001B[31m")).isZero();
        assertThat(ControlCharacters.firstInHeader("\u00C4\u0090")).isEqualTo(-1); // UTF-8 of Đ read as ISO-8859-1
    }
}
