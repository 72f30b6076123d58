#include "engine/data/check.h"

#include "engine/data/loader.h"
#include "engine/data/query.h"
#include "engine/data/units.h"

namespace xrviz::data {
namespace {

void print_summary(const Dataset& dataset, std::ostream& out) {
    out << "dataset: " << dataset.title << "\n"
        << "  " << dataset.series.size() << " series, " << dataset.points.size() << " values, "
        << dataset.sources.size() << " sources, " << dataset.sites.size() << " sites, "
        << dataset.events.size() << " events\n";
    for (const Series& series : dataset.series) {
        const auto points = dataset.values(series.id);
        out << "  " << series.id << " [" << series.unit << ", " << to_string(series.kind) << "]: "
            << points.size() << (points.size() == 1 ? " value" : " values");
        if (const auto span = period_span(dataset, series.id)) {
            out << ", " << span->first.to_string();
            if (!(span->first == span->second)) out << " .. " << span->second.to_string();
        }
        if (const auto extent = value_extent(dataset, series.id)) {
            out << ", " << format_value(extent->min, series.unit);
            if (extent->max != extent->min) out << " .. " << format_value(extent->max, series.unit);
        }
        out << "\n";
    }
}

}  // namespace

int check_dataset(const std::filesystem::path& folder, std::ostream& out) {
    const LoadResult result = load_dataset(folder);
    // "file:line:column: error: message", the form compilers use, so editors can jump there.
    auto print = [&](const Diagnostic& d, const char* severity) {
        out << d.file << ":" << d.line << ":" << d.column << ": " << severity << ": " << d.message
            << "\n";
    };
    for (const Diagnostic& error : result.errors) print(error, "error");
    for (const Diagnostic& warning : result.warnings) print(warning, "warning");
    if (!result.dataset) {
        out << folder.string() << ": invalid dataset, " << result.errors.size()
            << (result.errors.size() == 1 ? " error" : " errors") << "\n";
        return kCheckInvalid;
    }
    print_summary(*result.dataset, out);
    out << folder.string() << ": valid, " << result.warnings.size()
        << (result.warnings.size() == 1 ? " warning" : " warnings") << "\n";
    return kCheckValid;
}

}  // namespace xrviz::data
