// @brief Tests for the options that replace a query (--show, --similar, --interactive) and -C:
// good command lines and the errors naming the option.
#define BOOST_TEST_MODULE search_options_record_modes
#include <boost/test/unit_test.hpp>

#include "searcher/search_options.h"

namespace {

analysis::Result<searcher::SearchOptions> resolve(std::vector<std::string> args) {
  args.insert(args.begin(), "searcher");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  auto flags = searcher::parse_flags(static_cast<int>(argv.size()), argv.data());
  if (!flags.is_ok()) return flags.status();
  return searcher::resolve_options(flags.value(), {});
}

}  // namespace

BOOST_AUTO_TEST_CASE(good_command_lines) {
  struct Row {
    std::vector<std::string> args;
    std::string show;
    std::string similar;
    bool interactive;
    int context;
    std::string query;
  };
  const std::vector<Row> rows = {
      {{"--show", "iiss-japan-2021:p25"}, "iiss-japan-2021:p25", "", false, 0, ""},
      {{"--show=note:12", "-C", "2"}, "note:12", "", false, 2, ""},
      {{"--similar", "doc:p1", "--limit", "3"}, "", "doc:p1", false, 0, ""},
      {{"-i"}, "", "", true, 0, ""},
      {{"--interactive", "cyber", "units"}, "", "", true, 0, "cyber units"},
      {{"-C3", "cyber"}, "", "", false, 3, "cyber"},
      {{"--context", "0", "cyber"}, "", "", false, 0, "cyber"},
      {{"--context", "50", "--format", "json", "cyber"}, "", "", false, 50, "cyber"},
  };
  for (const Row& row : rows) {
    auto options = resolve(row.args);
    BOOST_REQUIRE_MESSAGE(options.is_ok(), row.args[0] << ": " << options.status().message());
    BOOST_TEST(options->show == row.show);
    BOOST_TEST(options->similar == row.similar);
    BOOST_TEST(options->interactive == row.interactive);
    BOOST_TEST(options->printer.context == row.context);
    BOOST_TEST(options->query == row.query);
  }
}

BOOST_AUTO_TEST_CASE(errors_name_the_option) {
  struct Row {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Row> rows = {
      {{"--show", "doc:p1", "cyber"}, "--show takes a record id and no query"},
      {{"--similar", "doc:p1", "cyber"}, "--similar takes a record id and no query"},
      {{"--show", "doc:p1", "--similar", "doc:p2"}, "exclude each other"},
      {{"--show", "doc:p1", "--batch"}, "exclude each other"},
      {{"-i", "--batch"}, "exclude each other"},
      {{"-i", "--format", "json"}, "--interactive writes text"},
      {{"-C", "51", "cyber"}, "--context: 51 is out of range (0 to 50)"},
      {{"-C", "-1", "cyber"}, "--context: -1 is out of range"},
      {{"-C", "x", "cyber"}, "context"},
      {{"--show"}, "show"},
  };
  for (const Row& row : rows) {
    auto options = resolve(row.args);
    BOOST_REQUIRE_MESSAGE(!options.is_ok(), row.message);
    BOOST_TEST(options.status().message().find(row.message) != std::string::npos, options.status().message());
  }
}
