package vn.motcua.platform.problem;

/** What the project says, in English and Vietnamese, for an HTTP error the framework raised. */
record HttpWording(String titleEn, String detailEn, String titleVi, String detailVi) {

    static HttpWording of(int status) {
        return switch (status) {
            case 400 -> new HttpWording("Bad request", "The request cannot be read; check its parameters and body",
                    "Yêu cầu không hợp lệ", "Không đọc được yêu cầu; hãy kiểm tra tham số và nội dung gửi lên");
            case 404 -> new HttpWording("Not found", "There is nothing at this address",
                    "Không tìm thấy", "Không có tài nguyên nào tại địa chỉ này");
            case 405 -> new HttpWording("Method not allowed", "This address does not accept this HTTP method",
                    "Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức HTTP này");
            case 406 -> new HttpWording("Not acceptable", "The answer can only be given as application/json "
                    + "(or the document's own type); change the Accept header",
                    "Định dạng phản hồi không được hỗ trợ", "Chỉ trả lời được dạng application/json (hoặc kiểu của chính "
                    + "tài liệu); hãy sửa tiêu đề Accept");
            case 413 -> new HttpWording("Payload too large", "The request body is too large",
                    "Dữ liệu gửi lên quá lớn", "Nội dung gửi lên quá lớn");
            case 415 -> new HttpWording("Unsupported media type", "This address does not accept the body's Content-Type: "
                    + "data is sent as application/json, a file as its own type (application/pdf …)",
                    "Kiểu nội dung không được hỗ trợ", "Địa chỉ này không nhận kiểu nội dung (Content-Type) đã gửi: dữ liệu "
                    + "gửi dạng application/json, tệp gửi theo kiểu của tệp (application/pdf …)");
            default -> new HttpWording("Error " + status, "The request could not be served (HTTP " + status + ")",
                    "Lỗi " + status, "Không thực hiện được yêu cầu (HTTP " + status + ")");
        };
    }
}
