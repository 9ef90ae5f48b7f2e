// bench_launch REPORT COMMAND [ARGS...]: runs COMMAND, waits for it, and writes
// "<exit code> <peak RSS KiB> <CPU seconds>" to the file REPORT.
//
// A small process of its own between a benchmark and what it measures: a child's peak RSS
// (wait4's ru_maxrss) starts from the memory of the process it was forked from, so a command
// started by a benchmark that holds Qt, a database and a receiver would report the
// benchmark's size, not its own. Forked from this one, it starts from about a megabyte.

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_launch REPORT COMMAND [ARGS...]\n");
        return 2;
    }
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 2;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    FILE *report = std::fopen(argv[1], "w");
    if (!report)
        return 2;
    std::fprintf(report, "%d %ld %.6f\n", code, usage.ru_maxrss, cpu);
    std::fclose(report);
    return code;
}
