package vn.motcua.intake.dossier;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A tax code (mã số thuế) of an enterprise or organisation: ten digits, the tenth a check digit of the first nine, and
 * for a branch or dependent unit three more after a hyphen (0100109106-001). The check digit is
 * {@code 10 - (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11}; a sum whose remainder is
 * 0 gives no digit, so no code is issued for it. Catches a mistyped digit before the dossier reaches an officer.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TaxCode.Validator.class)
public @interface TaxCode {

    String message() default "must be a tax code: 10 digits with a correct check digit, or 10-3 for a branch";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<TaxCode, String> {
        /** The weights of the first nine digits. */
        public static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        private static final Pattern SHAPE = Pattern.compile("\\d{10}(-\\d{3})?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isTaxCode(value);
        }

        /** Whether {@code code} is well formed and its check digit right. */
        public static boolean isTaxCode(String code) {
            if (code == null || !SHAPE.matcher(code).matches()) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (code.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            return check < 10 && code.charAt(9) - '0' == check;
        }
    }
}
