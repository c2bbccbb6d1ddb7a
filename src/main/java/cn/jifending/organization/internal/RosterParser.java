package cn.jifending.organization.internal;

import static cn.jifending.organization.internal.RosterWords.BRANCH;
import static cn.jifending.organization.internal.RosterWords.CATEGORY;
import static cn.jifending.organization.internal.RosterWords.COLUMNS;
import static cn.jifending.organization.internal.RosterWords.DATES;
import static cn.jifending.organization.internal.RosterWords.FULL_MEMBER;
import static cn.jifending.organization.internal.RosterWords.GROUP;
import static cn.jifending.organization.internal.RosterWords.NAME;
import static cn.jifending.organization.internal.RosterWords.PROBATIONARY;
import static cn.jifending.organization.internal.RosterWords.ROLES;
import static cn.jifending.organization.internal.RosterWords.ROLE_NAMES;
import static cn.jifending.organization.internal.RosterWords.ROLE_SEPARATORS;
import static cn.jifending.organization.internal.RosterWords.SINCE;
import static cn.jifending.organization.internal.RosterWords.SINCE_ALSO;
import static cn.jifending.organization.internal.RosterWords.USER_ID;

import cn.jifending.organization.Role;
import cn.jifending.organization.RosterError;
import cn.jifending.organization.RosterError.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns roster cells into {@link RosterLine}s, collecting every problem with its row and column.
 * The column headers and role names are the roster's own vocabulary ({@link RosterWords}).
 */
final class RosterParser {

    private final List<RosterError> errors = new ArrayList<>();

    List<RosterError> errors() {
        return errors;
    }

    List<RosterLine> parse(List<List<String>> rows) {
        List<RosterLine> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RosterError(1, null, Problem.EMPTY_FILE, null));
            return lines;
        }
        Map<String, Integer> index = header(rows.get(0));
        if (!errors.isEmpty()) {
            return lines;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            RosterLine line = line(r + 1, cells, index);
            if (line == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(line.userId().toLowerCase(java.util.Locale.ROOT), line.row());
            if (first != null) {
                errors.add(new RosterError(line.row(), USER_ID, Problem.DUPLICATE_USERID, line.userId()));
            } else {
                lines.add(line);
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new RosterError(2, null, Problem.EMPTY_FILE, null));
        }
        return lines;
    }

    private Map<String, Integer> header(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            for (String column : COLUMNS) {
                if (column.equalsIgnoreCase(h) || (column.equals(SINCE) && SINCE_ALSO.contains(h))) {
                    index.put(column, c);
                }
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                errors.add(new RosterError(1, column, Problem.MISSING_COLUMN, null));
            }
        }
        return index;
    }

    private RosterLine line(int row, List<String> cells, Map<String, Integer> index) {
        int before = errors.size();
        String branch = atMost(row, BRANCH, required(row, cells, index, BRANCH), 100);
        String group = atMost(row, GROUP, cell(cells, index, GROUP), 100);
        String name = atMost(row, NAME, required(row, cells, index, NAME), 64);
        String userId = atMost(row, USER_ID, required(row, cells, index, USER_ID), 64);
        Boolean probationary = category(row, required(row, cells, index, CATEGORY));
        LocalDate since = date(row, required(row, cells, index, SINCE));
        Set<Role> roles = roles(row, cell(cells, index, ROLES));
        if (errors.size() > before) {
            return null;
        }
        return new RosterLine(row, branch, group.isEmpty() ? null : group, name, userId, probationary, since, roles);
    }

    private static String cell(List<String> cells, Map<String, Integer> index, String column) {
        int c = index.get(column);
        return c < cells.size() ? cells.get(c).strip() : "";
    }

    private String required(int row, List<String> cells, Map<String, Integer> index, String column) {
        String value = cell(cells, index, column);
        if (value.isEmpty()) {
            errors.add(new RosterError(row, column, Problem.BLANK, null));
        }
        return value;
    }

    private String atMost(int row, String column, String value, int max) {
        if (value.length() > max) {
            errors.add(new RosterError(row, column, Problem.TOO_LONG, value));
        }
        return value;
    }

    private Boolean category(int row, String value) {
        if (FULL_MEMBER.contains(value)) {
            return false;
        }
        if (PROBATIONARY.contains(value)) {
            return true;
        }
        if (!value.isEmpty()) {
            errors.add(new RosterError(row, CATEGORY, Problem.UNKNOWN_CATEGORY, value));
        }
        return null;
    }

    private LocalDate date(int row, String value) {
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        errors.add(new RosterError(row, SINCE, Problem.BAD_DATE, value));
        return null;
    }

    private Set<Role> roles(int row, String value) {
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        for (String part : ROLE_SEPARATORS.split(value)) {
            if (part.isBlank()) {
                continue;
            }
            Role role = ROLE_NAMES.get(part.strip());
            if (role == null) {
                errors.add(new RosterError(row, ROLES, Problem.UNKNOWN_ROLE, part.strip()));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }
}
