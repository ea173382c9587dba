// @brief run_ordered: items produced on worker threads, consumed one by one in their order on the
// calling thread, with a bounded number in flight.
//
// The indexer's shape: reading, parsing and analysing documents is independent per document and
// runs on every core, while a Xapian WritableDatabase has one writer, which must also see the
// documents in corpus order for the index to be the same whatever the number of threads.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace indexer {

// Calls produce(i) for i in [0, count) on `jobs` worker threads and consume(i, std::move(result))
// on the calling thread for i = 0, 1, 2, … in order, until consume returns false or every item
// is consumed. At most `window` items (at least 1) are produced and not yet consumed at any time,
// so memory is bounded by the window, not by `count`. With jobs <= 1 everything runs on the
// calling thread, produce(i) then consume(i), with no thread started.
// Exceptions: one thrown by produce(i) is rethrown on the calling thread when item i's turn to be
// consumed comes (items before it are consumed first); one thrown by consume is rethrown as is.
// Either way, and when consume returns false, the workers are stopped and joined before
// run_ordered returns or throws. Returns the number of items consumed.
// REQUIRES: produce may be called concurrently from several threads with different i.
template <typename T, typename Produce, typename Consume>
size_t run_ordered(size_t count, int jobs, size_t window, Produce&& produce, Consume&& consume) {
  if (jobs <= 1) {
    for (size_t i = 0; i < count; ++i) {
      if (!consume(i, produce(i))) return i + 1;
    }
    return count;
  }
  window = std::max<size_t>(window, 1);
  struct Slot {
    std::optional<T> value;
    std::exception_ptr error;
    bool ready = false;
  };
  std::vector<Slot> slots(window);  // item i lives in slots[i % window]
  std::mutex mutex;
  std::condition_variable produced, consumed;
  size_t next = 0;       // next item to hand to a worker
  size_t consumed_upto = 0;  // items [0, consumed_upto) are consumed
  bool stop = false;

  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mutex);
        // A worker takes item i only when its slot is free: i < consumed_upto + window.
        consumed.wait(lock, [&] { return stop || next >= count || next < consumed_upto + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Slot result;
      try {
        result.value.emplace(produce(i));
      } catch (...) {
        result.error = std::current_exception();
      }
      result.ready = true;
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(result);
      }
      produced.notify_all();
    }
  };

  std::vector<std::thread> workers;
  struct Joiner {
    std::vector<std::thread>& workers;
    std::mutex& mutex;
    std::condition_variable& consumed;
    bool& stop;
    ~Joiner() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      consumed.notify_all();
      for (auto& w : workers) w.join();
    }
  } joiner{workers, mutex, consumed, stop};
  for (int k = 0; k < jobs && static_cast<size_t>(k) < count; ++k) workers.emplace_back(work);

  for (size_t i = 0; i < count; ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      produced.wait(lock, [&] { return slots[i % window].ready; });
      slot = std::move(slots[i % window]);
      slots[i % window] = Slot{};
    }
    if (slot.error) std::rethrow_exception(slot.error);
    const bool more = consume(i, std::move(*slot.value));
    {
      std::lock_guard lock(mutex);
      consumed_upto = i + 1;
    }
    consumed.notify_all();
    if (!more) return i + 1;
  }
  return count;
}

}  // namespace indexer
