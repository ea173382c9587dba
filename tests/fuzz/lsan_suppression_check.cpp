// @brief Proof that tests/fuzz/lsan.supp hides only Xapian's own leak: parses the query with which
// Xapian 1.4's QueryParser leaks (tests/fuzz/regressions/query/xapian-parser-leak-xor-near.txt)
// and, with --leak-in-field-processor, first a query through a FieldProcessor of ours that leaks.
// Run in the sanitizer build (CTest lsan_suppression_*) with the suite's LSAN_OPTIONS: the first
// run must end clean, the second must report the field processor's leak.
#include <xapian.h>

#include <cstring>

namespace {

// Leaks on purpose, called from inside QueryParser::parse_query as our ExpansionProcessor is.
class LeakyFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    leaked_ = new char[40];
    leaked_ = nullptr;
    return Xapian::Query(value);
  }

 private:
  char* leaked_ = nullptr;
};

}  // namespace

int main(int argc, char** argv) {
  Xapian::QueryParser parser;
  if (argc > 1 && std::strcmp(argv[1], "--leak-in-field-processor") == 0) {
    parser.add_prefix("leaky", (new LeakyFieldProcessor)->release());
    parser.parse_query("leaky:word");
  }
  try {
    parser.parse_query(" XOR  NEAR/3 * c*", Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD);
  } catch (const Xapian::QueryParserError&) {
    // Expected: the syntax error on whose path Xapian leaks.
  }
  return 0;
}
