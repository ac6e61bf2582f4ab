package vn.motcua.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/** Vietnamese wording of the Bean Validation constraints the services use. */
final class ValidationMessagesVi {

    private static final Map<String, String> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", "không được để trống"),
            Map.entry("NotBlank", "không được để trống"),
            Map.entry("NotEmpty", "không được để trống"),
            Map.entry("Size", "độ dài không hợp lệ"),
            Map.entry("Pattern", "sai định dạng"),
            Map.entry("Email", "địa chỉ email không hợp lệ"),
            Map.entry("Past", "phải là một ngày trong quá khứ"),
            Map.entry("PastOrPresent", "không được là ngày trong tương lai"),
            Map.entry("Min", "giá trị quá nhỏ"),
            Map.entry("Max", "giá trị quá lớn"),
            Map.entry("Positive", "phải lớn hơn 0"),
            Map.entry("PositiveOrZero", "không được âm"),
            Map.entry("TaxCode", "mã số thuế không đúng: 10 chữ số với chữ số kiểm tra đúng, hoặc 10-3 với đơn vị phụ thuộc"));

    private ValidationMessagesVi() {
    }

    static String translate(ConstraintViolation<?> v) {
        String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return BY_CONSTRAINT.getOrDefault(name, "không hợp lệ");
    }
}
