# Start-up against bare Qt programs (BENCHMARKS.md, issue 15 part 5). The smoke run keeps the
# benchmark and its two bare programs building, and checks that the console's window comes up
# on a database of 1,000 webhooks and that webhookctl lists them all.
qt_add_executable(bench_bare_window benchmark/bench_bare_window.cpp)
target_link_libraries(bench_bare_window PRIVATE Qt6::Widgets)
qt_add_executable(bench_bare_cli benchmark/bench_bare_cli.cpp)
target_link_libraries(bench_bare_cli PRIVATE Qt6::Sql)
qt_add_executable(bench_startup benchmark/bench_startup.cpp benchmark/bench_spawn.h)
target_link_libraries(bench_startup PRIVATE webhookconsole_core_internals)
add_dependencies(bench_startup bench_bare_window bench_bare_cli bench_launch webhook-console
    webhookctl)
add_test(NAME bench_startup_smoke
    COMMAND bench_startup --rounds 1 --console $<TARGET_FILE:webhook-console>
            --webhookctl $<TARGET_FILE:webhookctl>)
set_tests_properties(bench_startup_smoke PROPERTIES LABELS benchmark TIMEOUT 300
    ENVIRONMENT "QT_LOGGING_RULES=webhookconsole.*.debug=false")
