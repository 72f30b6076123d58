// The loader: manifest first, then every table, then the checks that span rows (duplicates).
// Errors are collected, never thrown, so one run reports everything that is wrong.
#include "engine/data/loader.h"

#include <algorithm>
#include <deque>

#include "engine/data/csv_table.h"
#include "engine/data/extra_tables.h"
#include "engine/data/figure_table.h"
#include "engine/data/file_reader.h"
#include "engine/data/json_locate.h"
#include "engine/data/manifest.h"

namespace xrviz::data {
namespace {

constexpr const char* kManifestName = "dataset.json";

// True when `relative` resolves (following symlinks) to a place inside `folder`.
bool stays_inside(const std::filesystem::path& folder, const std::string& relative) {
    std::error_code ec;
    const auto root = std::filesystem::weakly_canonical(folder, ec);
    if (ec) return false;
    const auto target = std::filesystem::weakly_canonical(folder / relative, ec);
    if (ec) return false;
    // Inside when every component of the root is a leading component of the target.
    return std::mismatch(root.begin(), root.end(), target.begin(), target.end()).first ==
           root.end();
}

// An upper bound on a table's rows, to reserve once: growing a vector of a million points
// by doubling would copy them and, for a moment, hold both copies.
std::size_t count_lines(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

class Loader {
public:
    Loader(std::filesystem::path folder, const LoadLimits& limits)
        : folder_(std::move(folder)), limits_(limits), sink_(limits.max_errors) {}

    LoadResult run() {
        std::optional<Dataset> dataset = load();
        LoadResult result;
        result.errors = sink_.take_errors();
        result.warnings = sink_.take_warnings();
        if (result.errors.empty()) result.dataset = std::move(dataset);
        return result;
    }

private:
    std::optional<Dataset> load() {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder_, ec)) {
            sink_.error({kManifestName, 1, 1, "no dataset folder at " + folder_.string() +
                                                  " (expected a folder holding dataset.json)"});
            return std::nullopt;
        }
        auto manifest_file =
            TextFile::read(folder_ / kManifestName, kManifestName, limits_.max_file_bytes, sink_);
        if (!manifest_file) return std::nullopt;
        std::optional<Manifest> manifest =
            parse_manifest(manifest_file->text(), kManifestName, sink_);
        if (!manifest) return std::nullopt;

        Dataset dataset;
        const ManifestIndex index = make_manifest_index(manifest->series, manifest->sources);
        if (manifest->series.size() > 0xFFFF) {
            sink_.error({kManifestName, 1, 1, "more than 65535 series (expected fewer)"});
            return std::nullopt;
        }

        std::vector<PointOrigin> origins;
        std::vector<SortEntry> order;
        for (std::size_t t = 0; t < manifest->tables.size() && !sink_.full(); ++t) {
            const std::string& name = manifest->tables[t];
            if (!check_inside(name, {std::string("tables"), t}, manifest_file->text())) continue;
            const TextFile* file = open(name);
            if (!file) continue;
            CsvTable table(file->text(), name, sink_, limits_.max_rows);
            table.on_progress([file](std::size_t done) { file->release_before(done); });
            const std::size_t expected = std::min(count_lines(file->text()), limits_.max_rows);
            dataset.points.reserve(dataset.points.size() + expected);
            origins.reserve(origins.size() + expected);
            order.reserve(order.size() + expected);
            const auto file_index = static_cast<std::uint32_t>(files_.size() - 1);
            read_figure_table(table, file_index, index, dataset.points, origins, order);
        }
        if (manifest->sites && check_inside(*manifest->sites, {std::string("sites")},
                                            manifest_file->text())) {
            if (const TextFile* file = open(*manifest->sites)) {
                CsvTable table(file->text(), *manifest->sites, sink_, limits_.max_rows);
                read_sites_table(table, index, dataset.sites);
            }
        }
        if (manifest->events && check_inside(*manifest->events, {std::string("events")},
                                             manifest_file->text())) {
            if (const TextFile* file = open(*manifest->events)) {
                CsvTable table(file->text(), *manifest->events, sink_, limits_.max_rows);
                read_events_table(table, index, dataset.events);
            }
        }
        if (sink_.has_errors()) return std::nullopt;

        sort_and_check_duplicates(dataset.points, origins, order);
        if (sink_.has_errors()) return std::nullopt;

        dataset.title = std::move(manifest->title);
        dataset.description = std::move(manifest->description);
        dataset.notes = std::move(manifest->notes);
        dataset.series = std::move(manifest->series);
        dataset.sources = std::move(manifest->sources);
        return dataset;
    }

    bool check_inside(const std::string& name, const JsonPath& path, std::string_view manifest) {
        if (stays_inside(folder_, name)) return true;
        const TextPosition at = position_at(manifest, locate_json(manifest, path));
        sink_.error({kManifestName, at.line, at.column,
                     "table path '" + name + "' escapes the dataset folder through a link "
                     "(expected a file inside the folder)"});
        return false;
    }

    const TextFile* open(const std::string& name) {
        auto file = TextFile::read(folder_ / name, name, limits_.max_file_bytes, sink_);
        if (!file) return nullptr;
        files_.push_back(std::move(*file));
        names_.push_back(name);
        return &files_.back();
    }

    // Sorts points by (series id, period) and reports every repeated (series, period).
    void sort_and_check_duplicates(std::vector<DataPoint>& points,
                                   const std::vector<PointOrigin>& origins,
                                   std::vector<SortEntry>& order) {
        // Equal keys keep file order, so the first of two duplicates is the earlier row.
        auto less = [](const SortEntry& a, const SortEntry& b) {
            return a.key != b.key ? a.key < b.key : a.point < b.point;
        };
        if (!std::is_sorted(order.begin(), order.end(), less))
            std::sort(order.begin(), order.end(), less);
        for (std::size_t i = 1; i < order.size() && !sink_.full(); ++i) {
            if (order[i - 1].key != order[i].key) continue;
            report_duplicate(points[order[i].point], origins[order[i - 1].point],
                             origins[order[i].point]);
        }
        if (sink_.has_errors()) return;
        std::vector<std::uint32_t> permutation(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) permutation[i] = order[i].point;
        order = {};  // release before the permutation's moves
        apply_permutation(points, permutation);
    }

    void report_duplicate(const DataPoint& point, const PointOrigin& first,
                          const PointOrigin& again) {
        const TextPosition first_at = position_in(first);
        const TextPosition at = position_in(again);
        sink_.error({names_[again.table], at.line, at.column,
                     "duplicate value for series '" + point.series + "' and period " +
                         point.period.to_string() + ", first given at " + names_[first.table] +
                         ":" + std::to_string(first_at.line) +
                         " (expected one value per series and period)"});
    }

    TextPosition position_in(const PointOrigin& origin) const {
        const std::string_view text = files_[origin.table].text();
        // The field's line starts after the last line feed before it.
        const std::size_t newline = text.rfind('\n', origin.offset == 0 ? 0 : origin.offset - 1);
        const std::size_t line_start =
            newline == std::string_view::npos || origin.offset == 0 ? 0 : newline + 1;
        return position_at(text, origin.offset, line_start, static_cast<int>(origin.line));
    }

    // Reorders in place (following cycles) so no second copy of a million points is made.
    // The walk jumps around memory; prefetching the next element of the cycle hides part
    // of each miss behind the current move.
    static void apply_permutation(std::vector<DataPoint>& points, std::vector<std::uint32_t>& order) {
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (order[i] == i) continue;
            DataPoint held = std::move(points[i]);
            std::size_t j = i;
            for (;;) {
                const std::size_t from = order[j];
                order[j] = static_cast<std::uint32_t>(j);
                if (from == i) {
                    points[j] = std::move(held);
                    break;
                }
                __builtin_prefetch(&points[order[from]]);
                points[j] = std::move(points[from]);
                j = from;
            }
        }
    }

    std::filesystem::path folder_;
    LoadLimits limits_;
    DiagnosticSink sink_;
    // Kept until the end, as duplicates point back into them; a deque, because fields are
    // views into these strings and must not move when another file is added.
    std::deque<TextFile> files_;
    std::vector<std::string> names_;  // per opened file
};

}  // namespace

LoadResult load_dataset(const std::filesystem::path& folder, const LoadLimits& limits) {
    return Loader(folder, limits).run();
}

}  // namespace xrviz::data
