// @brief RecordDictionary and RecordSampler: training, storing, compressing with it and without,
// damaged and mismatched dictionaries, and the sampler's even, bounded, deterministic choice.
#define BOOST_TEST_MODULE record_dictionary
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "index_format/record_codec.h"
#include "index_format/record_compression.h"
#include "index_format/record_dictionary.h"

namespace {

// Records of a made-up report on river management: repeated phrasing, varying details, as the
// passages of one kind of document are.
std::vector<std::string> river_records(int count, int seed) {
  const std::vector<std::string> rivers = {"Severn", "Thames", "Trent", "Wye", "Ouse", "Tyne", "Mersey"};
  const std::vector<std::string> works = {"flood embankments", "fish passes", "weir repairs", "dredging",
                                          "gauging stations", "reed beds"};
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    const int k = i * 7 + seed;
    index_format::PassageRecord r;
    r.id = "rivers-" + std::to_string(seed) + ":p" + std::to_string(i);
    r.kind = "passage";
    r.doc = "rivers-" + std::to_string(seed);
    r.section = {"Catchment plans", "The " + rivers[k % rivers.size()]};
    r.ordinal = i;
    r.line_start = 10 * i + 1;
    r.line_end = 10 * i + 9;
    r.text = "The river authority for the " + rivers[k % rivers.size()] + " catchment reported that " +
             works[k % works.size()] + " begun in " + std::to_string(1990 + k % 30) +
             " had reduced the number of properties at risk of flooding by " + std::to_string(100 + k % 900) +
             ", and that the programme of " + works[(k + 3) % works.size()] +
             " would continue under the catchment management plan agreed with the local councils.";
    out.push_back(index_format::record_fields(r));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(training_is_deterministic_and_bounded) {
  const auto samples = river_records(400, 1);
  const auto a = index_format::RecordDictionary::train(samples);
  const auto b = index_format::RecordDictionary::train(samples);
  BOOST_REQUIRE(!a.empty());
  BOOST_TEST(a.bytes() == b.bytes());
  BOOST_TEST(a.id() != 0u);
  BOOST_TEST(a.bytes().size() <= size_t{32} << 10);
  auto back = index_format::RecordDictionary::from_bytes(a.bytes());
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST(back->id() == a.id());
}

BOOST_AUTO_TEST_CASE(too_few_records_train_no_dictionary) {
  BOOST_TEST(index_format::RecordDictionary::train({}).empty());
  BOOST_TEST(index_format::RecordDictionary::train(river_records(3, 1)).empty());
  auto none = index_format::RecordDictionary::from_bytes("");
  BOOST_REQUIRE(none.is_ok());
  BOOST_TEST(none->empty());
  BOOST_TEST(none->id() == 0u);
}

BOOST_AUTO_TEST_CASE(bytes_that_are_no_dictionary_are_an_error) {
  auto bad = index_format::RecordDictionary::from_bytes("not a zstd dictionary at all");
  BOOST_REQUIRE(!bad.is_ok());
  BOOST_TEST(bad.status().message().find("record dictionary") != std::string::npos);
}

// Records of documents the dictionary was not trained on (another seed: other rivers' figures)
// come out shorter with it, and read back only with it.
BOOST_AUTO_TEST_CASE(records_compress_shorter_and_need_their_dictionary) {
  const auto dictionary = index_format::RecordDictionary::train(river_records(400, 1));
  const auto other = index_format::RecordDictionary::train(river_records(400, 2));
  BOOST_REQUIRE(!dictionary.empty());
  BOOST_REQUIRE(!other.empty());
  BOOST_REQUIRE(dictionary.id() != other.id());
  size_t alone = 0, with = 0;
  for (const std::string& fields : river_records(50, 5)) {
    const std::string plain_frame = index_format::compress_fields(fields);
    const std::string frame = index_format::compress_fields(fields, dictionary);
    BOOST_REQUIRE(!frame.empty());
    alone += plain_frame.empty() ? fields.size() : plain_frame.size();
    with += frame.size();
    auto back = index_format::decompress_fields(frame, dictionary);
    BOOST_REQUIRE(back.is_ok());
    BOOST_TEST(back.value() == fields);
    auto without = index_format::decompress_fields(frame);
    BOOST_REQUIRE(!without.is_ok());
    BOOST_TEST(without.status().message().find("dictionary") != std::string::npos);
    BOOST_TEST(!index_format::decompress_fields(frame, other).is_ok());
    // A frame compressed alone reads alone, whatever dictionary the index holds.
    if (!plain_frame.empty()) BOOST_TEST(index_format::decompress_fields(plain_frame, dictionary).value() == fields);
  }
  BOOST_TEST(with * 10 < alone * 8, "with " << with << " bytes, alone " << alone);
}

BOOST_AUTO_TEST_CASE(records_round_trip_through_the_codec_with_a_dictionary) {
  const auto dictionary = index_format::RecordDictionary::train(river_records(400, 1));
  index_format::PassageRecord r;
  r.id = "rivers-9:p1";
  r.kind = "passage";
  r.doc = "rivers-9";
  r.text = std::string(300, 'a') + " the catchment management plan agreed with the local councils";
  const std::string data = index_format::encode_record(r, dictionary);
  auto back = index_format::decode_record(data, index_format::kAllFields, dictionary);
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST(back->text == r.text);
  BOOST_TEST(!index_format::decode_record(data).is_ok());
}

BOOST_AUTO_TEST_CASE(the_sampler_keeps_an_even_bounded_sample) {
  index_format::RecordSampler sampler(10000);
  for (int i = 0; i < 1000; ++i) sampler.add(std::string(100, static_cast<char>('a' + i % 26)) + std::to_string(i));
  const auto kept = sampler.take();
  size_t bytes = 0;
  for (const auto& k : kept) bytes += k.size();
  BOOST_TEST(bytes <= 10000u);
  BOOST_TEST(kept.size() >= 40u);  // the budget halves at most once too far
  // Every stride-th record from the first: the same choice however the records were produced.
  BOOST_TEST(kept.front().substr(100) == "0");
  const size_t stride = std::stoul(kept[1].substr(100));
  for (size_t j = 0; j < kept.size(); ++j) BOOST_TEST(std::stoul(kept[j].substr(100)) == j * stride);
  BOOST_TEST(sampler.take().empty());
}
