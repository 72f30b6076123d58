#pragma once
// The fuzz targets' bodies, apart from libFuzzer's entry points so the unit tests can
// replay fuzz/regressions/<target>/* through exactly the same code. Each returns normally
// on any input; a broken invariant aborts with a message (a finding).
#include <string_view>

namespace xrviz::fuzz {

// The first byte picks the reader: raw CSV records, the figure table, sites or events.
void csv_reader(std::string_view input);
// dataset.json text through the manifest parser (and its JSON position finder).
void manifest(std::string_view input);
// Period text; whatever parses must print back to text that parses to the same period.
void period(std::string_view input);

}  // namespace xrviz::fuzz
