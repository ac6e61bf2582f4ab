package vn.motcua.dashboard.api;

import java.util.List;

/**
 * A table as the page shows it and the exports write it: Vietnamese column headings, rows of plain values
 * (strings, numbers, null for empty).
 */
public record Table(String name, String title, List<String> headings, List<List<Object>> rows) {
}
