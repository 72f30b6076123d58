#include "engine/data/manifest.h"

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "engine/data/json_locate.h"
#include "engine/data/period.h"
#include "engine/data/text.h"
#include "engine/data/units.h"

namespace xrviz::data {
namespace {

using nlohmann::json;

constexpr std::string_view kKinds = "flow, stock, range or count";

std::optional<SeriesKind> parse_kind(std::string_view text) {
    if (text == "flow") return SeriesKind::flow;
    if (text == "stock") return SeriesKind::stock;
    if (text == "range") return SeriesKind::range;
    if (text == "count") return SeriesKind::count;
    return std::nullopt;
}

// Reads one manifest, reporting against positions in its text.
class ManifestReader {
public:
    ManifestReader(std::string_view text, const std::string& file, DiagnosticSink& sink)
        : text_(text), file_(file), sink_(sink) {}

    std::optional<Manifest> read() {
        json root;
        try {
            root = json::parse(text_);
        } catch (const json::parse_error& e) {
            report_parse_error(e);
            return std::nullopt;
        } catch (const json::out_of_range& e) {
            report_number_overflow(e);  // "number overflow parsing '1e400'"
            return std::nullopt;
        }
        if (!root.is_object()) {
            error({}, "the manifest is not a JSON object (expected { \"title\": ..., "
                      "\"series\": [...], ... })");
            return std::nullopt;
        }
        Manifest manifest;
        static const std::unordered_set<std::string> kKnownKeys = {
            "format", "title", "description", "notes", "series",
            "sources", "tables", "sites", "events"};
        for (const auto& [key, value] : root.items()) {
            if (!kKnownKeys.contains(key))
                warning({key}, "unknown key '" + key + "' is ignored (expected title, "
                               "description, notes, series, sources, tables, sites, events)");
        }
        if (root.contains("format") &&
            !(root["format"].is_number_integer() && root["format"].get<long long>() == 1))
            error({"format"}, "unsupported format version (expected 1)");
        manifest.title = required_string(root, {}, "title");
        manifest.description = optional_string(root, {}, "description");
        manifest.notes = optional_string(root, {}, "notes");
        read_series(root, manifest);
        read_sources(root, manifest);
        read_tables(root, manifest);
        if (errors_) return std::nullopt;
        return manifest;
    }

private:
    void report_parse_error(const json::parse_error& e) {
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line 3,
        // column 5: <what>"; keep <what>, and compute the position ourselves.
        std::string what = e.what();
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const TextPosition at = position_at(text_, offset);
        sink_.error({file_, at.line, at.column,
                     "invalid JSON: " + what + " (expected a JSON object as in "
                     "docs/dataset-format.md)"});
        ++errors_;
    }

    void report_number_overflow(const json::out_of_range& e) {
        // This exception carries no position: find the number it quotes.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        std::size_t offset = 0;
        if (open != std::string::npos && close > open) {
            const auto found = text_.find(what.substr(open + 1, close - open - 1));
            if (found != std::string_view::npos) offset = found;
        }
        const TextPosition at = position_at(text_, offset);
        sink_.error({file_, at.line, at.column,
                     "invalid JSON: a number is out of range (expected a number a double can "
                     "hold)"});
        ++errors_;
    }

    void error(const JsonPath& path, std::string message) {
        const TextPosition at = position_at(text_, locate_json(text_, path));
        sink_.error({file_, at.line, at.column, std::move(message)});
        ++errors_;
    }
    void warning(const JsonPath& path, std::string message) {
        const TextPosition at = position_at(text_, locate_json(text_, path));
        sink_.warning({file_, at.line, at.column, std::move(message)});
    }

    static JsonPath child(JsonPath path, JsonStep step) {
        path.push_back(std::move(step));
        return path;
    }

    std::string required_string(const json& object, const JsonPath& path, const char* key) {
        if (!object.contains(key)) {
            error(path, std::string("missing \"") + key + "\" (expected a non-empty string)");
            return {};
        }
        const json& value = object[key];
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
            error(child(path, key), std::string("\"") + key + "\" must be a non-empty string");
            return {};
        }
        return value.get<std::string>();
    }

    std::string optional_string(const json& object, const JsonPath& path, const char* key) {
        if (!object.contains(key)) return {};
        const json& value = object[key];
        if (!value.is_string()) {
            error(child(path, key), std::string("\"") + key + "\" must be a string");
            return {};
        }
        return value.get<std::string>();
    }

    const json* required_array(const json& root, const char* key, const char* expected) {
        if (!root.contains(key)) {
            error({}, std::string("missing \"") + key + "\" (expected " + expected + ")");
            return nullptr;
        }
        if (!root[key].is_array()) {
            error({key}, std::string("\"") + key + "\" must be an array (expected " + expected +
                             ")");
            return nullptr;
        }
        return &root[key];
    }

    void read_series(const json& root, Manifest& manifest) {
        const json* list = required_array(root, "series", "an array of series objects");
        if (!list) return;
        if (list->empty()) error({"series"}, "\"series\" is empty (expected at least one series)");
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& item = (*list)[i];
            const JsonPath at = {std::string("series"), i};
            if (!item.is_object()) {
                error(at, "series entry is not an object (expected {\"id\": ..., \"unit\": ...})");
                continue;
            }
            Series series;
            series.id = required_string(item, at, "id");
            if (!series.id.empty() && !is_valid_id(series.id))
                error(child(at, "id"), "series id '" + series.id +
                                           "' is not valid (expected 1-64 of a-z, 0-9, _ . -)");
            else if (!series.id.empty() && !seen.insert(series.id).second)
                error(child(at, "id"), "duplicate series id '" + series.id +
                                           "' (expected each series declared once)");
            series.label = required_string(item, at, "label");
            series.unit = required_string(item, at, "unit");
            if (!series.unit.empty() && !find_unit(series.unit))
                error(child(at, "unit"), "unknown unit '" + series.unit + "' (expected one of " +
                                             known_unit_list() + ")");
            const std::string kind = required_string(item, at, "kind");
            if (auto parsed = parse_kind(kind)) {
                series.kind = *parsed;
            } else if (!kind.empty()) {
                error(child(at, "kind"),
                      "unknown kind '" + kind + "' (expected " + std::string(kKinds) + ")");
            }
            read_colour(item, at, series);
            series.group = optional_string(item, at, "group");
            manifest.series.push_back(std::move(series));
        }
    }

    void read_colour(const json& item, const JsonPath& at, Series& series) {
        if (!item.contains("colour")) return;
        const json& colour = item["colour"];
        bool ok = colour.is_array() && colour.size() == 3;
        for (std::size_t c = 0; ok && c < 3; ++c) {
            ok = colour[c].is_number() && colour[c].get<double>() >= 0.0 &&
                 colour[c].get<double>() <= 1.0;
            if (ok) series.colour[c] = colour[c].get<float>();
        }
        if (!ok)
            error(child(at, "colour"),
                  "\"colour\" must be three numbers from 0 to 1 (expected [r, g, b], linear)");
    }

    void read_sources(const json& root, Manifest& manifest) {
        const json* list = required_array(root, "sources", "an array of source objects");
        if (!list) return;
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& item = (*list)[i];
            const JsonPath at = {std::string("sources"), i};
            if (!item.is_object()) {
                error(at, "source entry is not an object (expected {\"id\": ..., \"url\": ...})");
                continue;
            }
            Source source;
            source.id = required_string(item, at, "id");
            if (!source.id.empty() && !is_valid_id(source.id))
                error(child(at, "id"), "source id '" + source.id +
                                           "' is not valid (expected 1-64 of a-z, 0-9, _ . -)");
            else if (!source.id.empty() && !seen.insert(source.id).second)
                error(child(at, "id"), "duplicate source id '" + source.id +
                                           "' (expected each source declared once)");
            source.title = required_string(item, at, "title");
            source.url = required_string(item, at, "url");
            if (!source.url.empty() && !source.url.starts_with("https://") &&
                !source.url.starts_with("http://"))
                error(child(at, "url"), "url '" + source.url +
                                            "' is not a web address (expected http:// or https://)");
            source.publisher = optional_string(item, at, "publisher");
            source.date = optional_string(item, at, "date");
            if (!source.date.empty()) {
                const PeriodParse date = parse_period(source.date);
                if (!date.period || date.period->fiscal || date.period->issued ||
                    date.period->granularity == Period::Granularity::quarter)
                    error(child(at, "date"), "source date '" + source.date +
                                                 "' is not a date (expected 2024-07-01, "
                                                 "2024-07 or 2024)");
            }
            manifest.sources.push_back(std::move(source));
        }
    }

    std::optional<std::string> table_path(const json& value, const JsonPath& at) {
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
            error(at, "table path must be a non-empty string (expected \"figures.csv\")");
            return std::nullopt;
        }
        std::string path = value.get<std::string>();
        if (!is_safe_relative_path(path)) {
            error(at, "table path '" + path + "' escapes the dataset folder (expected a "
                      "relative path inside it, without '..')");
            return std::nullopt;
        }
        return path;
    }

    void read_tables(const json& root, Manifest& manifest) {
        if (const json* list = required_array(root, "tables", "an array of CSV file names")) {
            if (list->empty())
                error({"tables"}, "\"tables\" is empty (expected at least one CSV table)");
            for (std::size_t i = 0; i < list->size(); ++i)
                if (auto path = table_path((*list)[i], {std::string("tables"), i}))
                    manifest.tables.push_back(std::move(*path));
        }
        for (const char* key : {"sites", "events"}) {
            if (!root.contains(key)) continue;
            auto path = table_path(root[key], {std::string(key)});
            (std::string_view(key) == "sites" ? manifest.sites : manifest.events) = path;
        }
    }

    std::string_view text_;
    const std::string& file_;
    DiagnosticSink& sink_;
    int errors_ = 0;
};

}  // namespace

bool is_safe_relative_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos ||
        path.find(':') != std::string_view::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "..") return false;
        start = end + 1;
    }
    return true;
}

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '_' && c != '.' && c != '-'))) return false;
    }
    return true;
}

std::optional<Manifest> parse_manifest(std::string_view text, const std::string& file,
                                       DiagnosticSink& sink) {
    try {
        return ManifestReader(text, file, sink).read();
    } catch (const nlohmann::json::exception& e) {
        // Every value is type-checked before it is read, so this is a bug of ours; still,
        // a bad manifest must never take the program down.
        sink.error({file, 1, 1, std::string("could not read the manifest: ") + e.what() +
                                    " (expected a manifest as in docs/dataset-format.md)"});
        return std::nullopt;
    }
}

}  // namespace xrviz::data
