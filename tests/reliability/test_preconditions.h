// @brief Boost.Test preconditions shared by the reliability tests: a test that cannot run here
// is skipped with the reason, never passed in silence.
#pragma once

#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/reliability/reliability_fixture.h"

namespace reliability {

// Labels of the cases a machine may not allow. CMake runs each labelled set as a CTest test of its
// own (split_precondition_cases in tests/CMakeLists.txt), reported as skipped, with the reason
// below, when the precondition fails; the rest of the executable runs without them.
inline constexpr const char* kNeedsOtherUser = "needs_other_user";

// For tests that run the tools as nobody when the tests run as root (root reads and writes
// anything, so permissions would test nothing).
inline boost::test_tools::assertion_result tools_run_as_nobody(boost::unit_test::test_unit_id) {
  const std::string why = why_tools_cannot_run_as_nobody();
  boost::test_tools::assertion_result result(why.empty());
  if (!why.empty()) result.message() << why << ": skipped";
  return result;
}

}  // namespace reliability
