# What a large response costs (BENCHMARKS.md, issue 15 part 6). The smoke run keeps the
# benchmark building and fails when a 10 MiB answer costs far more memory than a 64 KiB one.
qt_add_executable(bench_responses benchmark/bench_responses.cpp)
target_link_libraries(bench_responses PRIVATE webhookconsole_testsupport webhookconsole_core_internals)
# Under AddressSanitizer freed blocks sit in its quarantine, so peak memory says nothing of
# what the code keeps: the sanitized build runs the same deliveries (every recorded body is
# still checked) without the memory bound.
if(WEBHOOK_CONSOLE_SANITIZE)
    set(wc_responses_bound)
else()
    set(wc_responses_bound --max-extra-mib 4)
endif()
add_test(NAME bench_responses_smoke
    COMMAND bench_responses --count 5 --rounds 1 ${wc_responses_bound})
set_tests_properties(bench_responses_smoke PROPERTIES LABELS benchmark TIMEOUT 120
    ENVIRONMENT "QT_LOGGING_RULES=webhookconsole.*.debug=false")
