#include "scenes/tour/tour_file.h"

#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/core/error.h"
#include "engine/core/paths.h"
#include "engine/data/diagnostic.h"
#include "engine/data/json_locate.h"
#include "engine/data/period.h"
#include "engine/data/text.h"
#include "scenes/registry.h"

namespace xrviz::scenes::tour {
namespace {

using data::JsonPath;
using nlohmann::json;

constexpr double kMinStopSeconds = 1.0;
constexpr double kMaxStopSeconds = 600.0;

// Reads one tour text, collecting every mistake with its position.
class TourReader {
public:
    TourReader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    Tour read() {
        json root;
        try {
            root = json::parse(text_);
        } catch (const json::exception& e) {
            // nlohmann's text is "[json.exception.parse_error.101] parse error at line 3,
            // column 5: <what>"; keep <what>, the position is computed here.
            std::string what = e.what();
            if (const auto colon = what.find(": "); colon != std::string::npos)
                what = what.substr(colon + 2);
            const auto* parse = dynamic_cast<const json::parse_error*>(&e);
            const std::size_t offset = parse && parse->byte > 0 ? parse->byte - 1 : 0;
            add(offset, "invalid JSON: " + what + " (expected a tour as in docs/tour-format.md)");
            throw_if_errors();
        }
        Tour tour;
        if (!root.is_object()) {
            error({},
                  "the tour is not a JSON object (expected { \"title\": ..., \"stops\": [...] })");
            throw_if_errors();
        }
        only_keys(root, {}, {"format", "title", "transition_seconds", "stops"});
        if (root.contains("format") &&
            !(root["format"].is_number_integer() && root["format"].get<long long>() == 1))
            error({"format"}, "unsupported format version (expected 1)");
        tour.title = string_at(root, {}, "title", true);
        if (root.contains("transition_seconds"))
            tour.transition_seconds = number_at(root, {}, "transition_seconds", 0.0, 30.0)
                                          .value_or(tour.transition_seconds);
        if (!root.contains("stops") || !root["stops"].is_array() || root["stops"].empty()) {
            error(root.contains("stops") ? JsonPath{"stops"} : JsonPath{},
                  "\"stops\" is missing or empty (expected an array of at least one stop)");
        } else {
            for (std::size_t i = 0; i < root["stops"].size(); ++i)
                tour.stops.push_back(read_stop(root["stops"][i], {"stops", i}));
        }
        // A stop must outlast the move into it, or the camera never arrives.
        for (std::size_t i = 0; i < tour.stops.size(); ++i) {
            if (tour.stops[i].seconds <= tour.transition_seconds)
                error({"stops", i, "seconds"},
                      "a stop lasts no longer than the transition (expected more than " +
                          number_text(tour.transition_seconds) + " seconds)");
        }
        throw_if_errors();
        return tour;
    }

private:
    TourStop read_stop(const json& stop, const JsonPath& path) {
        TourStop out;
        out.at = where(path);
        if (!stop.is_object()) {
            error(path, "a stop is not an object (expected { \"scene\": ..., \"caption\": ... })");
            return out;
        }
        only_keys(stop, path,
                  {"scene", "view", "camera", "caption", "figure", "parameters", "seconds"});
        out.scene = string_at(stop, path, "scene", true);
        out.caption = string_at(stop, path, "caption", true);
        if (stop.contains("view") == stop.contains("camera")) {
            error(path,
                  "a stop needs exactly one of \"view\" (a named view of the scene) and "
                  "\"camera\" ({\"eye\": [x, y, z], \"target\": [x, y, z]})");
        } else if (stop.contains("view")) {
            out.view = string_at(stop, path, "view", true);
            out.view_at = where(child(path, "view"));
        } else {
            out.camera = read_camera(stop["camera"], child(path, "camera"));
            out.view_at = where(child(path, "camera"));
        }
        read_figure(stop, path, out);
        if (stop.contains("parameters")) {
            const json& parameters = stop["parameters"];
            const JsonPath at = child(path, "parameters");
            if (!parameters.is_object()) {
                error(at, "\"parameters\" is not an object (expected {\"id\": number, ...})");
            } else {
                for (const auto& [id, value] : parameters.items()) {
                    if (!value.is_number()) {
                        error(child(at, id), "parameter \"" + id + "\" is not a number");
                        continue;
                    }
                    out.parameters.emplace_back(id, value.get<double>());
                    out.parameter_at.push_back(where(child(at, id)));
                }
            }
        }
        if (!stop.contains("seconds"))
            error(path, "missing \"seconds\" (expected how long the stop lasts, " +
                            range_text(kMinStopSeconds, kMaxStopSeconds) + ")");
        else
            out.seconds = number_at(stop, path, "seconds", kMinStopSeconds, kMaxStopSeconds)
                              .value_or(out.seconds);
        return out;
    }

    void read_figure(const json& stop, const JsonPath& path, TourStop& out) {
        const JsonPath at = child(path, "figure");
        out.figure_at = where(at);
        if (!stop.contains("figure")) {
            error(path,
                  "missing \"figure\" (expected {\"series\": id, \"period\": \"2025\"}: "
                  "the key figure of the stop, shown with its unit and source)");
            return;
        }
        const json& figure = stop["figure"];
        if (!figure.is_object()) {
            error(at, "\"figure\" is not an object (expected {\"series\": id, \"period\": ...})");
            return;
        }
        only_keys(figure, at, {"series", "period"});
        out.figure.series = string_at(figure, at, "series", true);
        out.figure.period = string_at(figure, at, "period", true);
        if (!out.figure.period.empty()) {
            const data::PeriodParse parsed = data::parse_period(out.figure.period);
            if (!parsed.period)
                error(child(at, "period"), "bad period: " + parsed.error);
        }
    }

    CameraPose read_camera(const json& camera, const JsonPath& path) {
        CameraPose pose;
        if (!camera.is_object()) {
            error(path,
                  "\"camera\" is not an object (expected {\"eye\": [x, y, z], "
                  "\"target\": [x, y, z]})");
            return pose;
        }
        only_keys(camera, path, {"eye", "target"});
        pose.eye = vec3_at(camera, path, "eye");
        pose.target = vec3_at(camera, path, "target");
        if (pose.eye == pose.target)
            error(path, "the camera's eye and target are the same point (expected different)");
        return pose;
    }

    glm::vec3 vec3_at(const json& object, const JsonPath& path, const char* key) {
        const json* value = object.contains(key) ? &object[key] : nullptr;
        const bool ok = value && value->is_array() && value->size() == 3 &&
                        (*value)[0].is_number() && (*value)[1].is_number() &&
                        (*value)[2].is_number();
        if (!ok) {
            error(value ? child(path, key) : path,
                  std::string(value ? "bad \"" : "missing \"") + key +
                      "\" (expected three numbers in metres [x, y, z], y up)");
            return glm::vec3(0.0f);
        }
        return {(*value)[0].get<float>(), (*value)[1].get<float>(), (*value)[2].get<float>()};
    }

    std::string string_at(const json& object, const JsonPath& path, const char* key,
                          bool required) {
        if (!object.contains(key)) {
            if (required)
                error(path, std::string("missing \"") + key + "\" (expected a non-empty string)");
            return {};
        }
        const json& value = object[key];
        if (!value.is_string() || value.get<std::string>().empty()) {
            error(child(path, key), std::string("\"") + key + "\" is not a non-empty string");
            return {};
        }
        return value.get<std::string>();
    }

    std::optional<double> number_at(const json& object, const JsonPath& path, const char* key,
                                    double min, double max) {
        const json& value = object[key];
        if (!value.is_number() || value.get<double>() < min || value.get<double>() > max) {
            error(child(path, key),
                  std::string("\"") + key + "\" is not a number in " + range_text(min, max));
            return std::nullopt;
        }
        return value.get<double>();
    }

    static std::string number_text(double value) {
        std::ostringstream out;
        out << value;
        return out.str();
    }
    static std::string range_text(double min, double max) {
        return number_text(min) + ".." + number_text(max) + " seconds";
    }

    void only_keys(const json& object, const JsonPath& path, std::set<std::string> known) {
        for (const auto& [key, value] : object.items()) {
            if (known.contains(key))
                continue;
            std::string list;
            for (const std::string& k : known)
                list += (list.empty() ? "" : ", ") + k;
            error(child(path, key), "unknown key \"" + key + "\" (expected one of " + list + ")");
        }
    }

    static JsonPath child(JsonPath path, data::JsonStep step) {
        path.push_back(std::move(step));
        return path;
    }

    std::size_t offset_of(const JsonPath& path) const { return data::locate_json(text_, path); }

    std::string where(const JsonPath& path) const {
        const data::TextPosition at = data::position_at(text_, offset_of(path));
        return file_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    }

    void error(const JsonPath& path, std::string message) {
        add(offset_of(path), std::move(message));
    }

    void add(std::size_t offset, std::string message) {
        const data::TextPosition at = data::position_at(text_, offset);
        errors_.push_back(data::Diagnostic{file_, at.line, at.column, std::move(message)});
    }

    void throw_if_errors() const {
        if (errors_.empty())
            return;
        std::string text = "the tour " + file_ + " is invalid:";
        for (const data::Diagnostic& d : errors_)
            text += "\n  " + d.to_string();
        throw Error(text);
    }

    std::string_view text_;
    std::string file_;
    std::vector<data::Diagnostic> errors_;
};

}  // namespace

std::filesystem::path default_tour_path() {
    return paths::assets_dir() / "tours/default.json";
}

Tour parse_tour(std::string_view text, const std::string& file) {
    return TourReader(data::strip_bom(text), file).read();
}

Tour load_tour(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read the tour " + path.string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_tour(text, path.string());
}

void check_tour(const Tour& tour, const data::Dataset& dataset) {
    std::string problems;
    const auto problem = [&](const std::string& at, const std::string& what) {
        problems += "\n  " + at + ": " + what;
    };
    for (const TourStop& stop : tour.stops) {
        std::unique_ptr<Scene> scene;
        try {
            scene = find_scene(stop.scene).create(dataset);
        } catch (const Error& e) {
            problem(stop.at, e.what());
            continue;
        }
        if (stop.view) {
            std::string known;
            bool found = false;
            for (const NamedView& v : scene->views()) {
                found = found || v.name == *stop.view;
                known += (known.empty() ? "" : ", ") + v.name;
            }
            if (!found)
                problem(stop.view_at, "scene " + stop.scene + " has no view \"" + *stop.view +
                                          "\" (known: " + known + ")");
        }
        for (std::size_t i = 0; i < stop.parameters.size(); ++i) {
            try {
                require_parameter(*scene, stop.parameters[i].first, stop.parameters[i].second);
            } catch (const Error& e) {
                problem(stop.parameter_at[i], e.what());
            }
        }
        const data::PeriodParse period = data::parse_period(stop.figure.period);
        if (!dataset.find_series(stop.figure.series)) {
            problem(stop.figure_at, "the dataset has no series \"" + stop.figure.series + "\"");
        } else if (!period.period || !dataset.find(stop.figure.series, *period.period)) {
            problem(stop.figure_at, "the dataset has no figure for " + stop.figure.series + " in " +
                                        stop.figure.period);
        }
    }
    if (!problems.empty())
        throw Error("the tour does not fit the dataset:" + problems);
}

}  // namespace xrviz::scenes::tour
