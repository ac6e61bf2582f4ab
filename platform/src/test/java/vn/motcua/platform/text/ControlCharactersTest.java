package vn.motcua.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void textWithTabsLineBreaksVietnameseAndEmojiIsText() {
        assertThat(ControlCharacters.firstIn("Nguyễn Văn An\tthôn 3\r\nxã Ba Sao 🏠 𠀀")).isEqualTo(-1);
        assertThat(ControlCharacters.firstIn(null)).isEqualTo(-1);
    }

    @Test
    void controlCharactersHalfSurrogatesAndNoncharactersAreNot() {
        assertThat(ControlCharacters.firstIn("a\u0000b")).isEqualTo(1);
        assertThat(ControlCharacters.firstIn("ab\u001b[2J")).isEqualTo(2);
        assertThat(ControlCharacters.firstIn("\u0085")).isZero();
        assertThat(ControlCharacters.firstIn("x\ud83d")).isEqualTo(1);          // high half at the end
        assertThat(ControlCharacters.firstIn("x\ud83dy")).isEqualTo(1);         // high half before a non-surrogate
        assertThat(ControlCharacters.firstIn("xy\ude00")).isEqualTo(2);         // low half alone
        assertThat(ControlCharacters.firstIn("🙂\ude00")).isEqualTo(2);         // a pair, then a low half
        assertThat(ControlCharacters.firstIn("a\uffffb")).isEqualTo(1);
        assertThat(ControlCharacters.codePoint("x\ud83d", 1)).isEqualTo("U+D83D");
    }
}
