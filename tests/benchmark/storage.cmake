# Storage of issue 15 (parts 3 and 4): opening costs nothing that grows with the history, and
# retention never stalls the history page. Included from tests/CMakeLists.txt; paths are
# relative to tests/.
wc_add_test(tst_recovery integration/tst_recovery.cpp LABELS integration)

# bench_open: opening (and `webhook get`) on a big database against an empty one
# (BENCHMARKS.md). A small run keeps it building and working.
qt_add_executable(bench_open benchmark/bench_open.cpp benchmark/bench_storage_seed.h)
target_link_libraries(bench_open PRIVATE webhookconsole_core_internals Qt6::Sql)
add_test(NAME bench_open_smoke
    COMMAND bench_open --database ${CMAKE_BINARY_DIR}/bench-open-smoke.sqlite
            --empty ${CMAKE_BINARY_DIR}/bench-open-empty-smoke.sqlite
            --reseed --deliveries 5000 --runs 3 --check)
set_tests_properties(bench_open_smoke PROPERTIES LABELS benchmark TIMEOUT 300)

# bench_retention: history pages while retention prunes, against pages with no prune.
qt_add_executable(bench_retention benchmark/bench_retention.cpp benchmark/bench_storage_seed.h)
target_link_libraries(bench_retention PRIVATE webhookconsole_core_internals Qt6::Sql)
add_test(NAME bench_retention_smoke
    COMMAND bench_retention --database ${CMAKE_BINARY_DIR}/bench-retention-smoke.sqlite
            --prunable 5000 --kept 300 --baseline-pages 3 --check)
set_tests_properties(bench_retention_smoke PROPERTIES LABELS benchmark TIMEOUT 300)
