package com.perftarget.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM and by the PostgreSQL server's processes, so that a benchmark can say which side
 * a round trip's cost is on. PostgreSQL's is read from Linux's /proc (utime + stime of every process named
 * {@code postgres}); elsewhere it is 0, and the benchmark prints 0.
 */
final class CpuTime {

    /** Linux's clock ticks per second (USER_HZ), which /proc reports in; 100 on every architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long postgres() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        try (Stream<Path> processes = Files.list(proc)) {
            long ticks = processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTime::postgresTicks).sum();
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of one process if it is PostgreSQL's (fields 14 and 15 of /proc/PID/stat), else 0. */
    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime field 15.
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while it was read
        }
    }
}
