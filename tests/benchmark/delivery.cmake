# Bulk delivery against curl (BENCHMARKS.md, issue 15 parts 1 and 2). The smoke run keeps the
# benchmark building and checks that every delivery arrives, for the console and for curl.
qt_add_executable(bench_delivery benchmark/bench_delivery.cpp)
target_link_libraries(bench_delivery PRIVATE webhookconsole_testsupport)
add_executable(bench_launch benchmark/bench_launch.cpp)
add_dependencies(bench_delivery webhookctl bench_launch)
# LeakSanitizer cannot run under ptrace: a sanitized build counts no system calls.
if(WEBHOOK_CONSOLE_SANITIZE)
    set(wc_delivery_strace --no-strace)
else()
    set(wc_delivery_strace)
endif()
add_test(NAME bench_delivery_smoke
    COMMAND bench_delivery --deliveries 300 --rounds 1 ${wc_delivery_strace}
            --webhookctl $<TARGET_FILE:webhookctl>)
set_tests_properties(bench_delivery_smoke PROPERTIES LABELS benchmark TIMEOUT 300
    ENVIRONMENT "QT_LOGGING_RULES=webhookconsole.*.debug=false")
