package vn.motcua.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Amounts in words as Vietnamese receipts print them. */
class VietnameseAmountTest {

    @Test
    void theReadingsOfTensUnitsAndEmptyGroups() {
        assertThat(VietnameseAmount.inWords(0)).isEqualTo("Không đồng");
        assertThat(VietnameseAmount.inWords(5)).isEqualTo("Năm đồng");
        assertThat(VietnameseAmount.inWords(10)).isEqualTo("Mười đồng");
        assertThat(VietnameseAmount.inWords(11)).isEqualTo("Mười một đồng");
        assertThat(VietnameseAmount.inWords(14)).isEqualTo("Mười bốn đồng");
        assertThat(VietnameseAmount.inWords(15)).isEqualTo("Mười lăm đồng");
        assertThat(VietnameseAmount.inWords(21)).isEqualTo("Hai mươi mốt đồng");
        assertThat(VietnameseAmount.inWords(24)).isEqualTo("Hai mươi tư đồng");
        assertThat(VietnameseAmount.inWords(25)).isEqualTo("Hai mươi lăm đồng");
        assertThat(VietnameseAmount.inWords(105)).isEqualTo("Một trăm linh năm đồng");
        assertThat(VietnameseAmount.inWords(1_000)).isEqualTo("Một nghìn đồng");
        assertThat(VietnameseAmount.inWords(50_000)).isEqualTo("Năm mươi nghìn đồng");
        assertThat(VietnameseAmount.inWords(150_000)).isEqualTo("Một trăm năm mươi nghìn đồng");
        assertThat(VietnameseAmount.inWords(1_050_000)).isEqualTo("Một triệu không trăm năm mươi nghìn đồng");
        assertThat(VietnameseAmount.inWords(1_000_005)).isEqualTo("Một triệu không trăm linh năm đồng");
        assertThat(VietnameseAmount.inWords(1_001_000)).isEqualTo("Một triệu không trăm linh một nghìn đồng");
        assertThat(VietnameseAmount.inWords(2_500_000_000L)).isEqualTo("Hai tỷ năm trăm triệu đồng");
        assertThat(VietnameseAmount.inWords(100_000_000_000L)).isEqualTo("Một trăm tỷ đồng");
        assertThatThrownBy(() -> VietnameseAmount.inWords(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
