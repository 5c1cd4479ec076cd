package com.haevn.validate.rules.secrets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The longest time between two runs of a Secrets Manager rotation schedule: {@code rate(N days)},
 * {@code rate(N hours)} or {@code cron(minutes hours day-of-month month day-of-week year)} (AWS syntax:
 * day-of-week 1-7 or SUN-SAT, {@code ?}, {@code L}, {@code W}, {@code #}).
 */
final class ScheduleExpression {

    /** What an expression says about the interval. */
    sealed interface Period permits Days, Never, Invalid, Unsupported {
    }

    /** The longest gap between runs, in whole days (a schedule running several times a day gives 0 or 1). */
    record Days(long days) implements Period {
    }

    /** The schedule runs a last time and then never again (a fixed year), or never. */
    record Never() implements Period {
    }

    /** Not a rate() or cron() expression, or one that AWS refuses. */
    record Invalid(String why) implements Period {
    }

    /** A valid-looking cron expression with a form not evaluated here: its period is not judged. */
    record Unsupported() implements Period {
    }

    private static final Pattern RATE = Pattern.compile("^rate\\(\\s*(\\d+)\\s+(days?|hours?)\\s*\\)$");
    private static final Pattern CRON = Pattern.compile("^cron\\((.*)\\)$");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** Days walked to find the longest gap: four years, so leap years and weekday cycles are covered. */
    private static final int HORIZON_DAYS = 4 * 366 + 7;

    private ScheduleExpression() {
    }

    static Period of(String expression) {
        String text = expression.trim();
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long n = Long.parseLong(rate.group(1));
            if (n < 1) {
                return new Invalid("a rate must be at least 1");
            }
            return new Days(rate.group(2).startsWith("day") ? n : (n + 23) / 24);
        }
        Matcher cron = CRON.matcher(text);
        if (!cron.matches()) {
            return new Invalid("neither rate(N days) nor cron(...)");
        }
        String[] fields = cron.group(1).trim().split("\\s+");
        if (fields.length != 6) {
            return new Invalid("cron() takes 6 fields (minutes hours day-of-month month day-of-week year), "
                    + fields.length + " given");
        }
        return cronPeriod(fields[2].toUpperCase(Locale.ROOT), fields[3].toUpperCase(Locale.ROOT),
                fields[4].toUpperCase(Locale.ROOT), fields[5]);
    }

    private static Period cronPeriod(String dayOfMonth, String month, String dayOfWeek, String year) {
        if (!year.equals("*")) {
            return new Never(); // a fixed year (or range of years) stops rotating once it is past
        }
        boolean[] months = values(month, 1, 12, MONTHS, 1);
        if (months == null) {
            return new Unsupported();
        }
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate previous = null;
        LocalDate first = null;
        long longest = -1;
        for (int i = 0; i < HORIZON_DAYS; i++) {
            LocalDate day = start.plusDays(i);
            Optional<Boolean> runs = runsOn(day, dayOfMonth, dayOfWeek, months);
            if (runs.isEmpty()) {
                return new Unsupported();
            }
            if (runs.get()) {
                if (previous != null) {
                    longest = Math.max(longest, day.toEpochDay() - previous.toEpochDay());
                }
                first = first == null ? day : first;
                previous = day;
            }
        }
        if (first == null) {
            return new Never();
        }
        return new Days(longest < 0 ? HORIZON_DAYS : longest);
    }

    private static Optional<Boolean> runsOn(LocalDate day, String dayOfMonth, String dayOfWeek, boolean[] months) {
        if (!months[day.getMonthValue()]) {
            return Optional.of(false);
        }
        boolean anyDayOfMonth = dayOfMonth.equals("?") || dayOfMonth.equals("*");
        boolean anyDayOfWeek = dayOfWeek.equals("?") || dayOfWeek.equals("*");
        Optional<Boolean> byMonthDay = anyDayOfMonth ? Optional.of(true) : monthDay(day, dayOfMonth);
        Optional<Boolean> byWeekDay = anyDayOfWeek ? Optional.of(true) : weekDay(day, dayOfWeek);
        if (byMonthDay.isEmpty() || byWeekDay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(byMonthDay.get() && byWeekDay.get());
    }

    private static Optional<Boolean> monthDay(LocalDate day, String field) {
        int last = YearMonth.from(day).lengthOfMonth();
        if (field.equals("L")) {
            return Optional.of(day.getDayOfMonth() == last);
        }
        if (field.endsWith("W")) { // nearest weekday to a day: within two days of it, which the gap tolerates
            boolean[] days = values(field.substring(0, field.length() - 1), 1, 31, null, 1);
            return days == null ? Optional.empty() : Optional.of(days[Math.min(day.getDayOfMonth(), 31)]);
        }
        boolean[] days = values(field, 1, 31, null, 1);
        return days == null ? Optional.empty() : Optional.of(days[day.getDayOfMonth()]);
    }

    private static Optional<Boolean> weekDay(LocalDate day, String field) {
        int sundayFirst = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek().getValue() + 1;
        int hash = field.indexOf('#');
        if (hash > 0) {
            boolean[] days = values(field.substring(0, hash), 1, 7, DAYS, 1);
            int nth;
            try {
                nth = Integer.parseInt(field.substring(hash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return days == null ? Optional.empty()
                    : Optional.of(days[sundayFirst] && (day.getDayOfMonth() - 1) / 7 + 1 == nth);
        }
        if (field.endsWith("L")) { // the last such weekday of the month
            boolean[] days = values(field.substring(0, field.length() - 1), 1, 7, DAYS, 1);
            return days == null ? Optional.empty() : Optional.of(days[sundayFirst]
                    && day.plusDays(7).getMonthValue() != day.getMonthValue());
        }
        boolean[] days = values(field, 1, 7, DAYS, 1);
        return days == null ? Optional.empty() : Optional.of(days[sundayFirst]);
    }

    /** The values a cron field selects, indexed from 0 (unused below min); null when not understood. */
    private static boolean[] values(String field, int min, int max, String[] names, int firstName) {
        boolean[] selected = new boolean[max + 1];
        for (String part : field.split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                try {
                    step = Integer.parseInt(part.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (step < 1) {
                    return null;
                }
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else {
                int dash = range.indexOf('-');
                Integer a = number(dash < 0 ? range : range.substring(0, dash), names, firstName);
                Integer b = dash < 0 ? (slash >= 0 ? Integer.valueOf(max) : a)
                        : number(range.substring(dash + 1), names, firstName);
                if (a == null || b == null || a < min || b > max || a > b) {
                    return null;
                }
                from = a;
                to = b;
            }
            for (int v = from; v <= to; v += step) {
                selected[v] = true;
            }
        }
        return selected;
    }

    private static Integer number(String text, String[] names, int firstName) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text)) {
                    return i + firstName;
                }
            }
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
