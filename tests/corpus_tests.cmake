# @brief Corpus-wide tests: the corpus files themselves, the whole pipeline on them, and the
# index built from them.
add_unit_test(corpus_files_test ${PROJECT_SOURCE_DIR}/tests/corpus_files_test.cpp indexer_lib)

# In-process searches of the real corpus index (built by the corpus_index_build fixture).
add_unit_test(corpus_search_test ${PROJECT_SOURCE_DIR}/tests/corpus_search_test.cpp searcher_lib)
set_tests_properties(corpus_search_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")

# "Did you mean" on the real corpus index: corrections, and none for the corpus's own words.
add_unit_test(corpus_spelling_test ${PROJECT_SOURCE_DIR}/tests/corpus_spelling_test.cpp searcher_lib)
set_tests_properties(corpus_spelling_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")

# Sharded and remote search through real xapian-tcpsrv servers on 127.0.0.1.
add_unit_test(shard_e2e_test ${PROJECT_SOURCE_DIR}/tests/shard_e2e_test.cpp nlohmann_json::nlohmann_json)
target_include_directories(shard_e2e_test PRIVATE ${PROJECT_SOURCE_DIR})
add_dependencies(shard_e2e_test searcher indexer)
set_tests_properties(shard_e2e_test PROPERTIES
  ENVIRONMENT "SEARCHER=$<TARGET_FILE:searcher>;INDEXER=$<TARGET_FILE:indexer>"
  TIMEOUT 300)

# Acronyms, spelling variants and diacritics through the real searcher binary.
add_unit_test(vocabulary_e2e_test ${PROJECT_SOURCE_DIR}/tests/vocabulary_e2e_test.cpp nlohmann_json::nlohmann_json)
target_include_directories(vocabulary_e2e_test PRIVATE ${PROJECT_SOURCE_DIR})
add_dependencies(vocabulary_e2e_test searcher)
set_tests_properties(vocabulary_e2e_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER=$<TARGET_FILE:searcher>;SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")

# Ranking by kind, acronym blending and "did you mean" through the real searcher binary.
add_unit_test(ranking_e2e_test ${PROJECT_SOURCE_DIR}/tests/ranking_e2e_test.cpp nlohmann_json::nlohmann_json)
target_include_directories(ranking_e2e_test PRIVATE ${PROJECT_SOURCE_DIR})
add_dependencies(ranking_e2e_test searcher)
set_tests_properties(ranking_e2e_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER=$<TARGET_FILE:searcher>;SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")

# The text pipeline on documents written for the tests in the corpus's two styles, against truth
# written by hand (tests/fixtures/documents/).
add_unit_test(fixture_documents_test ${PROJECT_SOURCE_DIR}/tests/fixture_documents_test.cpp indexer_lib
  nlohmann_json::nlohmann_json)

# The index is the same whatever --jobs and however often the writer commits.
add_unit_test(parallel_build_test ${PROJECT_SOURCE_DIR}/tests/parallel_build_test.cpp indexer_lib)

# Learnt compounds through the real indexer and searcher, on the corpus index and on fixtures.
add_unit_test(compound_e2e_test ${PROJECT_SOURCE_DIR}/tests/compound_e2e_test.cpp nlohmann_json::nlohmann_json)
target_include_directories(compound_e2e_test PRIVATE ${PROJECT_SOURCE_DIR})
add_dependencies(compound_e2e_test searcher indexer)
set_tests_properties(compound_e2e_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER=$<TARGET_FILE:searcher>;INDEXER=$<TARGET_FILE:indexer>;SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index"
  TIMEOUT 300)

# The ranker's kind weighting against the query it stands for, page for page, on the real index.
add_unit_test(kind_order_test ${PROJECT_SOURCE_DIR}/tests/kind_order_test.cpp searcher_lib)
set_tests_properties(kind_order_test PROPERTIES
  FIXTURES_REQUIRED corpus_index
  ENVIRONMENT "SEARCHER_INDEX=${CMAKE_BINARY_DIR}/test-index")
