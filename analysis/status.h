// @brief Status and Result<T>: errors as values with a message naming what and where.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace analysis {

// A Status is either ok or an error of a kind with a message that names what and where
// ("corpus/x.txt:12: error: invalid UTF-8"). Library code returns these instead of throwing
// across layers; each tool's main turns the kind into an exit code.
class Status {
 public:
  enum class Kind { kOk, kInvalidInput, kNotFound, kIoError, kIndexError, kQueryError, kBusy };

  Status() = default;
  static Status ok() { return Status(); }
  static Status invalid_input(std::string message) { return Status(Kind::kInvalidInput, std::move(message)); }
  static Status not_found(std::string message) { return Status(Kind::kNotFound, std::move(message)); }
  static Status io_error(std::string message) { return Status(Kind::kIoError, std::move(message)); }
  static Status index_error(std::string message) { return Status(Kind::kIndexError, std::move(message)); }
  static Status query_error(std::string message) { return Status(Kind::kQueryError, std::move(message)); }
  static Status busy(std::string message) { return Status(Kind::kBusy, std::move(message)); }

  bool is_ok() const { return kind_ == Kind::kOk; }
  Kind kind() const { return kind_; }
  const std::string& message() const { return message_; }

 private:
  Status(Kind kind, std::string message) : kind_(kind), message_(std::move(message)) {}
  Kind kind_ = Kind::kOk;
  std::string message_;
};

// Result<T> holds a value or a non-ok Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace analysis
