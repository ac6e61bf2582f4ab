package vn.motcua.dashboard.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A {@link Table} as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Vietnamese) or as XLSX (FastExcel). */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] csv(Table t) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, List.copyOf(t.headings()));
        for (List<Object> row : t.rows()) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = cells.get(i);
            String s = v == null ? "" : v.toString();
            // a cell a spreadsheet would run as a formula is quoted with a leading apostrophe (CSV injection)
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            b.append(s);
        }
        b.append("\r\n");
    }

    public static byte[] xlsx(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(t, out);
        return out.toByteArray();
    }

    private static void write(Table t, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Mot Cua dashboard-service", "1.0");
            Worksheet ws = wb.newWorksheet(t.title().length() > 31 ? t.title().substring(0, 31) : t.title());
            for (int c = 0; c < t.headings().size(); c++) {
                ws.value(0, c, t.headings().get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
