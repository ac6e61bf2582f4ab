-- Reference catalogue of a demo province (names and codes look real; edit through the admin API in production).
INSERT INTO agency (code, name, exchange_id, level, kind, parent_code, place_name) VALUES
 ('UBNDT',  'Ủy ban nhân dân tỉnh Hà Nam', '000.00.00.H56', 'PROVINCE', 'PEOPLES_COMMITTEE', NULL, 'Hà Nam'),
 ('SKHCN',  'Sở Khoa học và Công nghệ tỉnh Hà Nam', '000.17.22.H56', 'PROVINCE', 'DEPARTMENT', 'UBNDT', 'Hà Nam'),
 ('SVHTTDL','Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam', '000.19.22.H56', 'PROVINCE', 'DEPARTMENT', 'UBNDT', 'Hà Nam'),
 ('UBNDPL', 'Ủy ban nhân dân thành phố Phủ Lý', '000.00.31.H56', 'DISTRICT', 'PEOPLES_COMMITTEE', 'UBNDT', 'Phủ Lý'),
 ('UBNDLA', 'Ủy ban nhân dân xã Liêm Tuyền', '000.31.31.H56', 'COMMUNE', 'PEOPLES_COMMITTEE', 'UBNDPL', 'Liêm Tuyền'),
 ('BDTP',   'Bưu điện tỉnh Hà Nam - Bưu cục Phủ Lý', '000.99.31.H56', 'DISTRICT', 'POST_OFFICE', 'UBNDPL', 'Phủ Lý');

INSERT INTO procedure (code, version, name, field, agency_code, level, time_limit_amount, time_limit_unit, cut_off, fee_vnd, online_level, postal_receipt, postal_return) VALUES
 ('1.004227.000.00.00.H56', 1, 'Cấp Giấy chứng nhận đăng ký hoạt động dịch vụ đánh giá sự phù hợp', 'Tiêu chuẩn Đo lường Chất lượng', 'SKHCN', 'PROVINCE', 10, 'WORKING_DAYS', NULL, 0, 'FULL', TRUE, TRUE),
 ('1.000948.000.00.00.H56', 1, 'Cấp Giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)', 'An toàn bức xạ và hạt nhân', 'SKHCN', 'PROVINCE', 15, 'WORKING_DAYS', '15:00', 200000, 'FULL', TRUE, TRUE),
 ('2.002492.000.00.00.H56', 1, 'Cấp Giấy phép tổ chức biểu diễn nghệ thuật', 'Nghệ thuật biểu diễn', 'SVHTTDL', 'PROVINCE', 5, 'WORKING_DAYS', NULL, 0, 'FULL', TRUE, TRUE),
 ('2.000635.000.00.00.H56', 1, 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'UBNDLA', 'COMMUNE', 8, 'WORKING_HOURS', '15:00', 8000, 'FULL', TRUE, TRUE),
 ('1.001612.000.00.00.H56', 1, 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 'UBNDPL', 'DISTRICT', 3, 'WORKING_DAYS', NULL, 100000, 'PARTIAL', TRUE, TRUE);
