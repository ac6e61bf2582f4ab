package vn.motcua.intake.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.TaxCode;

class TaxCodeTest {

    /** A fresh valid tax code of the province's range (07…), for tests that need a new organisation. */
    static String random() {
        while (true) {
            String nine = "07" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * TaxCode.Validator.WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    @Test
    void realCodesPassAndOneWrongDigitFails() {
        assertThat(TaxCode.Validator.isTaxCode("0100109106")).isTrue();      // a published enterprise code
        assertThat(TaxCode.Validator.isTaxCode("0101248141")).isTrue();
        assertThat(TaxCode.Validator.isTaxCode("0100109106-001")).isTrue();  // its branch
        assertThat(TaxCode.Validator.isTaxCode("0100109107")).isFalse();
        assertThat(TaxCode.Validator.isTaxCode("0100109160")).isFalse();     // two digits swapped
        assertThat(TaxCode.Validator.isTaxCode("0700123456")).isFalse();
        assertThat(TaxCode.Validator.isTaxCode("010010910")).isFalse();
        assertThat(TaxCode.Validator.isTaxCode("0100109106-01")).isFalse();
        assertThat(TaxCode.Validator.isTaxCode("01001091O6")).isFalse();
    }

    @Test
    void everyOneDigitMistakeOfAValidCodeIsCaught() {
        String code = random();
        for (int i = 0; i < 10; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != code.charAt(i)) {
                    String typo = code.substring(0, i) + d + code.substring(i + 1);
                    assertThat(TaxCode.Validator.isTaxCode(typo)).as(typo).isFalse();
                }
            }
        }
    }
}
