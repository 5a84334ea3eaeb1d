package cn.ecopark.flow.export;

import java.util.List;

/**
 * One table of an export: a name (the XLSX sheet's tab, the CSV section's title), Chinese headers and rows.
 * Cells are text or numbers; numbers stay numbers in the XLSX so a manager can sum them.
 */
public record Sheet(String name, List<String> headers, List<List<Object>> rows) {

    /** A row of cells; null cells stay empty. */
    public static List<Object> row(Object... cells) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(cells));
    }
}
