# @brief Corpus-wide tests: the corpus files themselves, the whole pipeline on them, and the
# index built from them.
add_unit_test(corpus_files_test ${PROJECT_SOURCE_DIR}/tests/corpus_files_test.cpp indexer_lib)
