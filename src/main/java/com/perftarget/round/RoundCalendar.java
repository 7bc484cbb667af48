package com.perftarget.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The round's dates as instants: a deadline is the end of its day in Asia/Shanghai, whatever the server's zone. */
public final class RoundCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** How many days before a unit's deadline its 单位财务 is reminded of the projects still open. */
    public static final int REMINDER_DAYS = 3;
    /** 预算法 art. 14: budgets and their performance targets are published within 20 days of 批复. */
    public static final int PUBLICATION_DAYS = 20;
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private RoundCalendar() {
    }

    /** The first instant after the deadline's day. */
    public static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** 09:00 {@value #REMINDER_DAYS} days before the deadline. */
    public static Instant reminderBefore(LocalDate deadline) {
        return deadline.minusDays(REMINDER_DAYS).atTime(REMINDER_TIME).atZone(ZONE).toInstant();
    }

    public static LocalDate publicationDeadline(LocalDate approvedOn) {
        return approvedOn.plusDays(PUBLICATION_DAYS);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
