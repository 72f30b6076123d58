#include "tools/import/shared_import.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/data/csv_reader.h"
#include "engine/data/period.h"
#include "engine/data/text.h"
#include "tools/import/csv_writer.h"
#include "tools/import/series_catalog.h"

namespace xrviz::tools {
namespace {

using Row = std::map<std::string, std::string, std::less<>>;

struct Figure {
    std::string series, period, value, low, high, source, status, note;
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Reads a CSV with a header into rows keyed by column name.
std::vector<Row> read_rows(const std::filesystem::path& path, std::vector<std::string>& errors) {
    const std::string bytes = read_file(path);
    if (bytes.empty()) {
        errors.push_back(path.string() + ": missing or empty");
        return {};
    }
    data::CsvReader reader(data::strip_bom(bytes));
    std::vector<data::CsvField> fields;
    std::vector<std::string> header;
    std::vector<Row> rows;
    for (;;) {
        const auto status = reader.next(fields);
        if (status == data::CsvReader::Status::end) break;
        if (status == data::CsvReader::Status::error) {
            const auto at = reader.position(reader.error().offset);
            errors.push_back(path.string() + ":" + std::to_string(at.line) + ":" +
                             std::to_string(at.column) + ": " + reader.error().message);
            continue;
        }
        if (header.empty()) {
            for (const auto& f : fields) header.emplace_back(f.text);
            continue;
        }
        Row row;
        for (std::size_t i = 0; i < fields.size() && i < header.size(); ++i)
            row[header[i]] = std::string(fields[i].text);
        rows.push_back(std::move(row));
    }
    return rows;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

bool contains_ci(std::string_view text, std::string_view word) {
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i)
        if (starts_with_ci(text.substr(i), word)) return true;
    return false;
}

std::string slug(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

std::string host_of(std::string_view url) {
    std::string_view rest = url.substr(url.find("://") == std::string_view::npos ? 0 : url.find("://") + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    rest = rest.substr(0, rest.find(':'));
    if (rest.starts_with("www.")) rest.remove_prefix(4);
    return std::string(rest);
}

// Sources keyed by (title, url), ids "<host-slug>-<n>" in order of first appearance.
class SourceRegistry {
public:
    std::string id_for(const std::string& title, const std::string& url) {
        const auto key = std::make_pair(title, url);
        if (const auto it = ids_.find(key); it != ids_.end()) return it->second;
        const std::string host = host_of(url);
        std::string base = slug(host);
        for (char& c : base)
            if (c == '_') c = '-';
        const std::string id = base + "-" + std::to_string(++per_host_[base]);
        ids_.emplace(key, id);
        if (!by_url_.contains(url)) by_url_.emplace(url, id);
        list_.push_back({{"id", id}, {"title", title}, {"url", url}, {"publisher", host}});
        return id;
    }
    // A source for a bare URL: the first one already known for it, else a new one.
    std::string id_for_url(const std::string& url, const std::string& title_if_new) {
        if (const auto it = by_url_.find(url); it != by_url_.end()) return it->second;
        return id_for(title_if_new, url);
    }
    const nlohmann::ordered_json& list() const { return list_; }

private:
    std::map<std::pair<std::string, std::string>, std::string> ids_;
    std::map<std::string, std::string> by_url_;
    std::map<std::string, int> per_host_;
    nlohmann::ordered_json list_ = nlohmann::ordered_json::array();
};

std::string number_text(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

// Rewrites the few source periods that are not plain periods. Returns false when the
// period cannot be placed at all.
bool normalise(Figure& f, std::string& error) {
    std::string& p = f.period;
    // 2024Q3 -> 2024-Q3
    if (p.size() == 6 && p[4] == 'Q') p.insert(4, "-");
    // "2024 (stated 2024-01-18)": the date a target was stated is its issue date.
    if (const auto at = p.find(" (stated "); at != std::string::npos) p.replace(at, 9, " (issued ");
    if (f.series == "reality_labs_cumulative_loss" && p == "2020Q4-2025Q4") {
        f.note = "Cumulative from 2020-Q4 to 2025-Q4. " + f.note;
        p = "2025-Q4";
    } else if (p == "2023-2024") {
        f.note = "Period in source: 2023-2024. " + f.note;
        p = "2024";
    } else if (f.series == "stock_move_pct" && p.ends_with(" (intraday)")) {
        f.series = "stock_move_pct_intraday";
        p = p.substr(0, p.size() - 11);
    } else if (f.series == "market_value_lost" && p.find(" to ") != std::string::npos) {
        // "2025-10-30 to 2025-11-04 (4 sessions)": placed at the end of the span.
        f.note = "Over four sessions, " + p.substr(0, p.find(" (")) + ". " + f.note;
        f.series = "market_value_lost_4_sessions";
        p = p.substr(p.find(" to ") + 4, 10);
    } else if (f.series == "aa_intelligence_index") {
        // "Muse Spark (2026-04-08)": one series per model, dated by the parenthesis.
        const auto open = p.find(" (");
        if (open == std::string::npos || p.back() != ')') {
            error = "cannot place model index period '" + p + "'";
            return false;
        }
        f.series += "_" + slug(p.substr(0, open));
        p = p.substr(open + 2, p.size() - open - 3);
    }
    if (!data::parse_period(p).period) {
        error = "cannot place period '" + p + "' of series " + f.series + ": " +
                data::parse_period(p).error;
        return false;
    }
    return true;
}

std::string status_of(const Figure& f, const std::string& source_title) {
    if (starts_with_ci(f.note, "DERIVED") || starts_with_ci(source_title, "Derived"))
        return "derived";
    if (f.series.starts_with("est_") || contains_ci(f.note, "estimate") ||
        contains_ci(source_title, " estimate"))
        return "estimate";
    return "reported";
}

void write_file(const std::filesystem::path& path, const std::string& text, ImportResult& result) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        result.errors.push_back("cannot write " + path.string());
        return;
    }
    result.written.push_back(path);
}

class Importer {
public:
    Importer(std::filesystem::path in, std::filesystem::path out)
        : in_(std::move(in)), out_(std::move(out)) {}

    ImportResult run() {
        convert_figures();
        convert_sites();
        convert_events();
        if (!result_.errors.empty()) return result_;
        std::error_code ec;
        std::filesystem::create_directories(out_, ec);
        write_file(out_ / "dataset.json", manifest().dump(2) + "\n", result_);
        write_file(out_ / "figures.csv", figures_.text(), result_);
        write_file(out_ / "guidance.csv", guidance_.text(), result_);
        write_file(out_ / "sites.csv", sites_.text(), result_);
        write_file(out_ / "events.csv", events_.text(), result_);
        return result_;
    }

private:
    void declare_series(const std::string& id) {
        if (std::find(series_order_.begin(), series_order_.end(), id) != series_order_.end())
            return;
        if (!find_series_spec(id)) {
            result_.errors.push_back("series '" + id + "' is not in tools/import/series_catalog.cpp");
            return;
        }
        series_order_.push_back(id);
    }

    void convert_figures() {
        figures_.row({"series", "period", "value", "source", "status", "note"});
        guidance_.row({"series", "period", "value", "low", "high", "source", "status", "note"});
        // Guidance halves wait here for their partner: key (series, period).
        std::map<std::pair<std::string, std::string>, Figure> pending;
        for (Row& row : read_rows(in_ / "meta_figures.csv", result_.errors)) {
            Figure f{row["series"], row["period"], row["value"], "", "", "", "", row["note"]};
            f.source = sources_.id_for(row["source_title"], row["source_url"]);
            std::string error;
            if (!normalise(f, error)) {
                result_.errors.push_back(error);
                continue;
            }
            const bool low = f.series.ends_with("_guidance_low");
            if (low || f.series.ends_with("_guidance_high")) {
                add_guidance_half(f, low, pending);
                continue;
            }
            const auto spec = find_series_spec(f.series);
            if (spec && spec->scale != 1.0) f.value = number_text(std::stod(f.value) * spec->scale);
            f.status = status_of(f, row["source_title"]);
            declare_series(f.series);
            figures_.row({f.series, f.period, f.value, f.source, f.status, f.note});
        }
        for (const auto& [key, half] : pending)
            result_.errors.push_back("guidance " + key.first + " " + key.second + " has no partner");
    }

    void add_guidance_half(Figure f, bool low,
                           std::map<std::pair<std::string, std::string>, Figure>& pending) {
        const std::string base = f.series.substr(0, f.series.rfind(low ? "_low" : "_high"));
        const auto key = std::make_pair(base, f.period);
        const auto it = pending.find(key);
        if (it == pending.end()) {
            (low ? f.low : f.high) = f.value;
            pending.emplace(key, std::move(f));
            return;
        }
        Figure range = std::move(it->second);
        pending.erase(it);
        (low ? range.low : range.high) = f.value;
        // Both halves normally share source and note; keep the second's if they differ.
        if (f.note != range.note && !f.note.empty())
            range.note = range.note.empty() ? f.note : range.note + " / " + f.note;
        range.series = base;
        range.value = number_text((std::stod(range.low) + std::stod(range.high)) / 2.0);
        declare_series(base);
        guidance_.row({base, range.period, range.value, range.low, range.high, range.source,
                       "guidance", range.note});
    }

    void convert_sites() {
        sites_.row({"name", "location", "lat", "lon", "capacity_mw", "online_year", "cost",
                    "status", "source", "note"});
        for (Row& row : read_rows(in_ / "datacenters.csv", result_.errors)) {
            const std::string source = sources_.id_for_url(row["source_url"], row["name"] + ": source");
            // The README: older sites' dates and costs are third-party estimates, and their
            // notes say so.
            const std::string status =
                contains_ci(row["note"], "third-party estimate") ? "estimate" : "reported";
            sites_.row({row["name"], row["location"], row["lat"], row["lon"], row["capacity_mw"],
                        row["online_year"], row["cost_usd_billion"], status, source, row["note"]});
        }
    }

    void convert_events() {
        events_.row({"date", "title", "category", "source"});
        for (Row& row : read_rows(in_ / "events.csv", result_.errors)) {
            const std::string source = sources_.id_for_url(row["source_url"], row["title"]);
            events_.row({row["date"], row["title"], row["category"], source});
        }
    }

    nlohmann::ordered_json manifest() const {
        nlohmann::ordered_json m;
        m["format"] = 1;
        m["title"] = "Meta: AI and AR/VR spending";
        m["description"] =
            "Meta's capital expenditure, capex guidance, Reality Labs results, income "
            "statement, GPU fleet, data centers, headcount and dated events, 2017-2026, each "
            "figure with its public source. Converted from ../shared/data by "
            "tools/import_shared_data.";
        m["notes"] =
            "Money is in billions of US dollars unless the unit says otherwise. Reality Labs "
            "losses are positive magnitudes. capex_annual is Meta's headline figure "
            "'including principal payments on finance leases' from 2019 on; 2017-2018 are "
            "plain capital expenditures (see their notes). capex_purchases_of_pe_only is a "
            "narrower basis in a group of its own: never plot it on one axis with "
            "capex_annual. Guidance ranges carry the date they were issued. Values marked "
            "derived were computed from sourced parts (the formula is in the note). Some "
            "rows rest on weaker secondary pages and say so in their note.";
        nlohmann::ordered_json series = nlohmann::ordered_json::array();
        for (const std::string& id : series_order_) {
            const SeriesSpec spec = *find_series_spec(id);
            nlohmann::ordered_json s;
            s["id"] = spec.id;
            s["label"] = spec.label;
            s["unit"] = spec.unit;
            s["kind"] = spec.kind;
            s["group"] = spec.group;
            s["colour"] = {rounded(spec.colour[0]), rounded(spec.colour[1]), rounded(spec.colour[2])};
            series.push_back(std::move(s));
        }
        m["series"] = std::move(series);
        m["sources"] = sources_.list();
        m["tables"] = {"figures.csv", "guidance.csv"};
        m["sites"] = "sites.csv";
        m["events"] = "events.csv";
        return m;
    }

    // Colours as written in the catalog (0.16, not 0.1599999964237213).
    static double rounded(float value) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.4g", static_cast<double>(value));
        return std::stod(buffer);
    }

    std::filesystem::path in_, out_;
    ImportResult result_;
    SourceRegistry sources_;
    std::vector<std::string> series_order_;
    CsvWriter figures_, guidance_, sites_, events_;
};

}  // namespace

ImportResult import_shared_data(const std::filesystem::path& shared_data_dir,
                                const std::filesystem::path& out_dir) {
    return Importer(shared_data_dir, out_dir).run();
}

}  // namespace xrviz::tools
