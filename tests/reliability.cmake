# @brief Reliability and security checks: end-to-end fault and bad-input tests through the real
# binaries (tests/reliability/), and the libFuzzer targets with their seed replays (tests/fuzz/).
#
# The sanitizer build of all of this is the root option PS_SANITIZE (or `cmake --preset asan`);
# scripts/test.sh runs the whole suite in it, then tests/fuzz/run_fuzzers.sh.

set(PS_RELIABILITY_DIR ${PROJECT_SOURCE_DIR}/tests/reliability)

# The fault injector is preloaded into the binaries under test (LD_PRELOAD): not sanitized
# itself, since it only forwards calls and runs inside sanitized and plain binaries alike.
add_library(fault_injector SHARED ${PS_RELIABILITY_DIR}/fault_injector.cpp)
target_compile_options(fault_injector PRIVATE -fno-sanitize=all)
target_link_options(fault_injector PRIVATE -fno-sanitize=all)
target_link_libraries(fault_injector PRIVATE dl)
set_target_properties(fault_injector PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib)

add_library(reliability_support STATIC ${PS_RELIABILITY_DIR}/child_process.cpp ${PS_RELIABILITY_DIR}/reliability_fixture.cpp)
target_include_directories(reliability_support PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(reliability_support PUBLIC nlohmann_json::nlohmann_json)

# add_reliability_test(NAME [TIMEOUT seconds] [LIBS libs...]): tests/reliability/NAME.cpp,
# run from the project root with the real binaries named in its environment.
function(add_reliability_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS" ${ARGN})
  add_unit_test(${name} ${PS_RELIABILITY_DIR}/${name}.cpp reliability_support ${ARG_LIBS})
  add_dependencies(${name} indexer searcher fault_injector)
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 600)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS reliability
    ENVIRONMENT "INDEXER=$<TARGET_FILE:indexer>;SEARCHER=$<TARGET_FILE:searcher>;FAULT_INJECTOR=$<TARGET_FILE:fault_injector>;SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")
endfunction()

add_reliability_test(crash_safety_test TIMEOUT 1200)
add_reliability_test(concurrency_test TIMEOUT 900)
add_reliability_test(disk_fault_test TIMEOUT 900)
add_reliability_test(write_scope_test TIMEOUT 300)
add_reliability_test(bad_corpus_test TIMEOUT 600)
add_reliability_test(bad_query_test TIMEOUT 600)
set_tests_properties(bad_query_test PROPERTIES FIXTURES_REQUIRED corpus_index)
add_reliability_test(bad_index_test TIMEOUT 600 LIBS xapian_lib)
set_tests_properties(bad_index_test PROPERTIES FIXTURES_REQUIRED corpus_index)

# --- Fuzzing -------------------------------------------------------------------------------
# Each fuzz target's code is also linked with replay_main.cpp into a plain executable that runs
# the committed seeds and every regression input once, as a CTest test of every build.
set(PS_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)

add_executable(document_parser_replay ${PS_FUZZ_DIR}/replay_main.cpp ${PS_FUZZ_DIR}/document_parser_fuzzer.cpp)
target_link_libraries(document_parser_replay PRIVATE indexer_lib)
# Test programs only (never installed) may name the source tree's word lists.
target_compile_definitions(document_parser_replay PRIVATE PS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME fuzz_document_parser_replay
  COMMAND document_parser_replay ${PS_FUZZ_DIR}/seeds/document_parser ${PS_FUZZ_DIR}/regressions/document_parser
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

add_executable(query_replay ${PS_FUZZ_DIR}/replay_main.cpp ${PS_FUZZ_DIR}/query_fuzzer.cpp)
target_link_libraries(query_replay PRIVATE searcher_lib)
add_test(NAME fuzz_query_replay
  COMMAND query_replay ${PS_FUZZ_DIR}/seeds/query ${PS_FUZZ_DIR}/regressions/query
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(fuzz_query_replay PROPERTIES
  FIXTURES_REQUIRED corpus_index ENVIRONMENT "PS_FUZZ_INDEX=${CMAKE_BINARY_DIR}/test-index")
set_tests_properties(fuzz_document_parser_replay fuzz_query_replay PROPERTIES LABELS reliability TIMEOUT 300)
# A replay given a path that does not exist fails (instead of replaying nothing and passing).
add_test(NAME fuzz_replay_missing_path
  COMMAND sh -c "\"$0\" \"$@\"; test $? -eq 2" $<TARGET_FILE:document_parser_replay>
    ${PS_FUZZ_DIR}/seeds/document_parser ${PS_FUZZ_DIR}/no-such-directory
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(fuzz_replay_missing_path PROPERTIES LABELS reliability)

# With PS_FUZZ (clang only; tests/fuzz/run_fuzzers.sh configures build-fuzz so): the libFuzzer
# targets, and coverage instrumentation of the libraries they drive.
if(PS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PS_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  foreach(lib analysis indexer_lib searcher_lib)
    target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link)
  endforeach()
  foreach(target document_parser query)
    add_executable(${target}_fuzzer ${PS_FUZZ_DIR}/${target}_fuzzer.cpp)
    target_compile_options(${target}_fuzzer PRIVATE -fsanitize=fuzzer)
    target_link_options(${target}_fuzzer PRIVATE -fsanitize=fuzzer)
  endforeach()
  target_link_libraries(document_parser_fuzzer PRIVATE indexer_lib)
  target_compile_definitions(document_parser_fuzzer PRIVATE PS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_link_libraries(query_fuzzer PRIVATE searcher_lib)
endif()

# In a sanitizer build, the reliability tests, the replays and the tools they start suppress the
# known leaks inside Xapian (scripts/test.sh does the same for the whole suite). The suppression
# matches a leak's recorded frames, so they are kept to the allocating one (malloc_context_size=2,
# see lsan.supp): a leak in our code called by Xapian is still reported, which
# lsan_suppression_keeps_our_leaks proves; lsan_suppression_hides_xapians_leak, that the rule works.
if(PS_SANITIZE)
  set(PS_LSAN_OPTIONS "suppressions=${PS_FUZZ_DIR}/lsan.supp:print_suppressions=0:malloc_context_size=2")
  set_property(TEST crash_safety_test concurrency_test disk_fault_test write_scope_test bad_corpus_test
    bad_query_test bad_index_test fuzz_document_parser_replay fuzz_query_replay APPEND PROPERTY
    ENVIRONMENT "LSAN_OPTIONS=${PS_LSAN_OPTIONS}")
  add_executable(lsan_suppression_check ${PS_FUZZ_DIR}/lsan_suppression_check.cpp)
  target_link_libraries(lsan_suppression_check PRIVATE xapian_lib)
  # The slow unwinder records the whole stack, parse_query's frame included: the worst case.
  set(check_env "LSAN_OPTIONS=${PS_LSAN_OPTIONS};ASAN_OPTIONS=fast_unwind_on_malloc=0")
  add_test(NAME lsan_suppression_hides_xapians_leak COMMAND lsan_suppression_check)
  add_test(NAME lsan_suppression_keeps_our_leaks COMMAND lsan_suppression_check --leak-in-field-processor)
  set_tests_properties(lsan_suppression_hides_xapians_leak lsan_suppression_keeps_our_leaks PROPERTIES
    ENVIRONMENT "${check_env}" LABELS reliability)
  set_tests_properties(lsan_suppression_keeps_our_leaks PROPERTIES
    PASS_REGULAR_EXPRESSION "Direct leak of 40 byte[^#]*#0[^#]*#1 [^\n]*lsan_suppression_check\\.cpp:[0-9]+"
    FAIL_REGULAR_EXPRESSION "Internal::parse_query")
endif()

# The cases a machine may not allow run as tests of their own, reported as skipped (with the
# reason) when it does not: needs_other_user (root running the tools as nobody) and needs_mount
# (a private mount namespace with a tmpfs). After the sanitizer settings, which they copy.
split_precondition_cases(disk_fault_test needs_other_user needs_mount)
split_precondition_cases(write_scope_test needs_other_user)
split_precondition_cases(bad_corpus_test needs_other_user)

