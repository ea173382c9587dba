// @brief Workload: queries.tsv reader.
#include "bench/workload.h"

#include <algorithm>
#include <fstream>
#include <map>

namespace bench {

using analysis::Status;

analysis::Result<std::vector<WorkloadQuery>> read_workload(const std::string& path, size_t per_class) {
  std::ifstream in(path);
  if (!in) return Status::io_error(path + ": error: cannot read the workload");
  std::vector<WorkloadQuery> workload;
  std::map<std::string, size_t> taken;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (number == 1 && line.rfind("class\t", 0) == 0) continue;  // header
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab + 1 == line.size()) {
      return Status::invalid_input(path + ":" + std::to_string(number) + ": error: want class<TAB>query");
    }
    WorkloadQuery query{line.substr(0, tab), line.substr(tab + 1)};
    if (per_class != 0 && taken[query.cls]++ >= per_class) continue;
    workload.push_back(std::move(query));
  }
  return workload;
}

std::vector<std::string> workload_classes(const std::vector<WorkloadQuery>& workload) {
  std::vector<std::string> classes;
  for (const auto& query : workload) {
    if (std::find(classes.begin(), classes.end(), query.cls) == classes.end()) classes.push_back(query.cls);
  }
  return classes;
}

}  // namespace bench
