#include "app/cli/options.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "app/cli/value_parsers.h"

namespace xrviz::app {

namespace {

enum class Takes { nothing, value, optional_value };

// Stores one option's value in Options. Returns "" on success, else what was expected
// ("expected ..., got ..."); the parser puts the option's name in front.
// The value is nullopt only for options that take nothing or an omitted optional value.
using Apply = std::string (*)(Options&, std::optional<std::string_view> value);

struct OptionSpec {
    std::string_view name;   // "--size"
    std::string_view alias;  // "-h", or empty
    Takes takes;
    std::string_view value_name;  // shown in --help and in "missing value" errors
    std::string_view help;        // one line
    Apply apply;
};

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string expected(std::string_view what, std::string_view got) {
    if (got.empty())
        return "expected " + std::string(what) + ", got an empty value";
    return "expected " + std::string(what) + ", got " + quoted(got);
}

template <bool Options::*flag>
std::string set_flag(Options& options, std::optional<std::string_view>) {
    options.*flag = true;
    return {};
}

template <std::optional<std::filesystem::path> Options::*path>
std::string set_path(Options& options, std::optional<std::string_view> value) {
    if (value->empty())
        return expected("a path", *value);
    options.*path = std::filesystem::path(*value);
    return {};
}

std::string set_mode(Options& options, std::optional<std::string_view> value) {
    if (*value == "desktop") {
        options.mode = Mode::desktop;
    } else if (*value == "xr") {
        options.mode = Mode::xr;
    } else if (*value == "headless") {
        options.mode = Mode::headless;
    } else {
        return expected("desktop, xr or headless", *value);
    }
    return {};
}

std::string set_scene(Options& options, std::optional<std::string_view> value) {
    if (value->empty())
        return expected("a scene name (see --list-scenes)", *value);
    options.scene = *value;
    return {};
}

std::string set_view(Options& options, std::optional<std::string_view> value) {
    if (value->empty())
        return expected("a view name", *value);
    options.view = std::string(*value);
    return {};
}

// 16 keeps a swapchain meaningful; 8192 is within every Vulkan driver's image limit
// that we target (lavapipe, desktop GPUs, Quest).
constexpr int min_side = 16;
constexpr int max_side = 8192;

std::string set_size(Options& options, std::optional<std::string_view> value) {
    const auto size = parse_size(*value);
    if (!size)
        return expected("WIDTHxHEIGHT such as 1280x720", *value);
    const auto in_range = [](int side) { return side >= min_side && side <= max_side; };
    if (!in_range(size->width) || !in_range(size->height)) {
        return expected("width and height each in 16..8192", *value);
    }
    options.width = size->width;
    options.height = size->height;
    return {};
}

std::string set_frames(Options& options, std::optional<std::string_view> value) {
    const auto frames = parse_int(*value);
    if (!frames || *frames < 1)
        return expected("a whole number >= 1", *value);
    options.frames = *frames;
    return {};
}

std::string set_camera(Options& options, std::optional<std::string_view> value) {
    const auto camera = parse_camera(*value);
    if (!camera)
        return expected("eye=X,Y,Z:target=X,Y,Z such as eye=0,1.6,3:target=0,1,0", *value);
    if (camera->eye == camera->target)
        return expected("an eye different from the target", *value);
    options.camera = camera;
    return {};
}

std::string set_msaa(Options& options, std::optional<std::string_view> value) {
    const auto samples = parse_int(*value);
    constexpr std::array allowed{1, 2, 4, 8};
    if (!samples || std::find(allowed.begin(), allowed.end(), *samples) == allowed.end()) {
        return expected("1, 2, 4 or 8", *value);
    }
    options.msaa = *samples;
    return {};
}

std::string set_gpus(Options& options, std::optional<std::string_view> value) {
    const auto gpus = parse_int(*value);
    if (!gpus || *gpus < 1 || *gpus > 1'000'000)
        return expected("a whole number in 1..1000000", *value);
    options.gpus = *gpus;
    return {};
}

std::string set_snap_turn(Options& options, std::optional<std::string_view> value) {
    const auto degrees = parse_int(*value);
    if (!degrees || *degrees < 10 || *degrees > 90)
        return expected("whole degrees in 10..90, such as 30 or 45", *value);
    options.snap_turn_degrees = *degrees;
    return {};
}

std::string add_parameter(Options& options, std::optional<std::string_view> value) {
    const auto equals = value->find('=');
    const bool id_ok =
        equals != 0 && equals != std::string_view::npos &&
        std::all_of(
            value->begin(), value->begin() + static_cast<std::ptrdiff_t>(equals),
            [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    const auto number = id_ok ? parse_double(value->substr(equals + 1)) : std::nullopt;
    if (!number)
        return expected("ID=VALUE such as utilisation=0.6", *value);
    options.parameters.push_back({std::string(value->substr(0, equals)), *number});
    return {};
}

std::string set_idle_seconds(Options& options, std::optional<std::string_view> value) {
    const auto seconds = parse_int(*value);
    if (!seconds || *seconds < 1 || *seconds > 3600)
        return expected("whole seconds in 1..3600", *value);
    options.idle_seconds = *seconds;
    return {};
}

std::string set_tour(Options& options, std::optional<std::string_view> value) {
    if (!value) {
        options.tour_default = true;
        return {};
    }
    return set_path<&Options::tour>(options, value);
}

// The one list of options: the parser and --help both read it.
constexpr auto option_table = std::to_array<OptionSpec>({
    {"--mode", "", Takes::value, "desktop|xr|headless",
     "Force a front-end; default: headset, window, then headless", set_mode},
    {"--scene", "", Takes::value, "NAME", "Open scene NAME (default: the first scene)", set_scene},
    {"--list-scenes", "", Takes::nothing, "", "Print the scene names and exit",
     set_flag<&Options::list_scenes>},
    {"--size", "", Takes::value, "WxH",
     "Window/image size in pixels, 16..8192 each (default 1280x720)", set_size},
    {"--frames", "", Takes::value, "N",
     "Render N frames and exit (default: headless 1, else endless)", set_frames},
    {"--screenshot", "", Takes::value, "FILE", "Write the last rendered frame to FILE (PNG)",
     set_path<&Options::screenshot>},
    {"--camera", "", Takes::value, "eye=X,Y,Z:target=X,Y,Z",
     "Start the camera at eye looking at target (metres, y up)", set_camera},
    {"--view", "", Takes::value, "NAME", "Start at the scene's named viewpoint NAME", set_view},
    {"--data", "", Takes::value, "PATH", "Load the dataset folder PATH instead of the bundled one",
     set_path<&Options::data>},
    {"--check-data", "", Takes::value, "PATH",
     "Validate the dataset folder PATH, print any error, and exit", set_path<&Options::check_data>},
    {"--model", "", Takes::value, "PATH",
     "Show the glTF 2.0 file PATH (.gltf, .glb) in the model scene", set_path<&Options::model>},
    {"--gpus", "", Takes::value, "N", "Number of GPUs the hall scene shows, 1..1000000", set_gpus},
    {"--set", "", Takes::value, "ID=VALUE",
     "Set the scene's parameter ID (a what-if input); repeatable", add_parameter},
    {"--tour", "", Takes::optional_value, "[FILE]",
     "Play the guided tour FILE; without FILE, the default tour", set_tour},
    {"--kiosk", "", Takes::nothing, "", "Full screen, no developer panels, for unattended shows",
     set_flag<&Options::kiosk>},
    {"--idle-seconds", "", Takes::value, "N",
     "Kiosk: attract loop after N idle seconds (default 60)", set_idle_seconds},
    {"--mirror", "", Takes::nothing, "", "In XR, a presenter's window: headset view, tour controls",
     set_flag<&Options::mirror>},
    {"--snap-turn", "", Takes::value, "DEG",
     "In XR, degrees turned per thumbstick flick (default 30)", set_snap_turn},
    {"--smooth-move", "", Takes::nothing, "",
     "In XR, the left stick walks smoothly, with a vignette", set_flag<&Options::smooth_move>},
    {"--seated", "", Takes::nothing, "", "In XR, raise the floor for a seated person",
     set_flag<&Options::seated>},
    {"--ar", "", Takes::nothing, "", "In XR, show the room: see-through display or passthrough",
     set_flag<&Options::ar>},
    {"--msaa", "", Takes::value, "N", "Multisample count: 1, 2, 4 or 8 (default 4)", set_msaa},
    {"--no-vsync", "", Takes::nothing, "", "Present without waiting for vertical sync",
     set_flag<&Options::no_vsync>},
    {"--validation", "", Takes::nothing, "", "Turn on the Vulkan and OpenXR validation layers",
     set_flag<&Options::validation>},
    {"--bench", "", Takes::value, "FILE.json",
     "Time each frame; write percentiles, draws, memory to FILE", set_path<&Options::bench>},
    {"--state-out", "", Takes::value, "FILE.json",
     "On exit, write scene, camera, selection, hidden series", set_path<&Options::state_out>},
    {"--gallery", "", Takes::value, "DIR", "Render every scene and write one PNG per scene to DIR",
     set_path<&Options::gallery>},
    {"--record", "", Takes::value, "FILE", "Record the session's input to FILE for --replay",
     set_path<&Options::record>},
    {"--replay", "", Takes::value, "FILE", "Replay input recorded with --record from FILE",
     set_path<&Options::replay>},
    {"--virtual-clock", "", Takes::nothing, "",
     "Advance time a fixed step per frame (exact tests and replays)",
     set_flag<&Options::virtual_clock>},
    {"--version", "", Takes::nothing, "", "Print the version and exit",
     set_flag<&Options::version>},
    {"--help", "-h", Takes::nothing, "", "Print this help and exit", set_flag<&Options::help>},
});

// Options that may be given more than once; each use adds to a list.
constexpr std::array repeatable{std::string_view("--set")};

// Options that would each take the same decision; giving both is a mistake to report.
struct Conflict {
    std::string_view first, second, why;
};
constexpr std::array conflicts{
    Conflict{"--record", "--replay", "record in one run, replay in another"},
    Conflict{"--camera", "--view", "both set the starting camera"},
};

const OptionSpec* find_option(std::string_view name) {
    for (const auto& spec : option_table) {
        if (spec.name == name || (!spec.alias.empty() && spec.alias == name)) {
            return &spec;
        }
    }
    return nullptr;
}

// The next argument is a value unless it is an option itself, so "--tour --kiosk" means
// the default tour, and "--scene --kiosk" reports a missing scene name.
bool looks_like_option(std::string_view arg) {
    return arg.starts_with("--") || find_option(arg) != nullptr;
}

ParseResult failure(std::string error) {
    return ParseResult{std::nullopt, std::move(error)};
}

std::string left_column(const OptionSpec& spec) {
    std::string text = spec.alias.empty() ? "    " : std::string(spec.alias) + ", ";
    text += spec.name;
    if (!spec.value_name.empty())
        text += " " + std::string(spec.value_name);
    return text;
}

struct Example {
    std::string_view command, what;
};
constexpr std::array examples{
    Example{"xrviz", "the best mode available: headset, else window, else headless"},
    Example{"xrviz --mode desktop --scene skyline --size=1920x1080 --msaa 8",
            "a large window with 8x multisampling"},
    Example{"xrviz --mode headless --scene skyline --screenshot skyline.png", "one frame to a PNG"},
    Example{"xrviz --mode headless --camera eye=0,1.6,3:target=0,1,0 --screenshot shot.png",
            "the same from a chosen camera"},
    Example{"xrviz --mode headless --frames 600 --virtual-clock --bench bench.json",
            "a benchmark report"},
    Example{"xrviz --gallery docs/gallery", "a PNG of every scene"},
    Example{"xrviz --check-data assets/data/meta", "validate a dataset"},
    Example{"xrviz --record run.rec", "save this session's input"},
    Example{"xrviz --replay run.rec --virtual-clock", "play it back exactly"},
    Example{"xrviz --scene hall --gpus 100000 --tour", "the hall scene's own tour"},
    Example{"xrviz --scene tco --set utilisation=0.3 --set years=8",
            "the cost what-if with other inputs"},
    Example{"xrviz --model rack.glb --view front", "a glTF model at true size, from the front"},
};

}  // namespace

ParseResult parse_command_line(int argc, const char* const argv[]) {
    Options options;
    std::set<std::string_view> seen;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (!arg.starts_with("-")) {
            return failure("unexpected argument " + quoted(arg) +
                           " (options start with --; see --help)");
        }
        const auto equals = arg.find('=');
        const std::string_view name = arg.substr(0, equals);
        std::optional<std::string_view> value;
        if (equals != std::string_view::npos)
            value = arg.substr(equals + 1);

        const OptionSpec* spec = find_option(name);
        if (!spec)
            return failure("unknown option " + quoted(name) + " (see --help)");
        const std::string option(spec->name);
        const bool may_repeat =
            std::find(repeatable.begin(), repeatable.end(), spec->name) != repeatable.end();
        if (!seen.insert(spec->name).second && !may_repeat)
            return failure(option + ": given more than once");

        const bool next_is_value = i + 1 < argc && !looks_like_option(argv[i + 1]);
        switch (spec->takes) {
            case Takes::nothing:
                if (value)
                    return failure(option + ": takes no value, got " + quoted(*value));
                break;
            case Takes::value:
                if (!value && !next_is_value) {
                    return failure(option + ": missing value, expected " +
                                   std::string(spec->value_name));
                }
                if (!value)
                    value = argv[++i];
                break;
            case Takes::optional_value:
                if (!value && next_is_value)
                    value = argv[++i];
                break;
        }
        if (auto problem = spec->apply(options, value); !problem.empty()) {
            return failure(option + ": " + problem);
        }
    }
    for (const auto& conflict : conflicts) {
        if (seen.contains(conflict.first) && seen.contains(conflict.second)) {
            return failure(std::string(conflict.first) + " and " + std::string(conflict.second) +
                           " cannot be used together: " + std::string(conflict.why));
        }
    }
    // --model names what the model scene shows; any other scene would ignore it.
    if (options.model) {
        if (options.scene.empty())
            options.scene = "model";
        else if (options.scene != "model")
            return failure("--model shows a file in the model scene, not in --scene " +
                           options.scene);
    }
    return ParseResult{std::move(options), {}};
}

std::string usage_text() {
    std::size_t width = 0;
    for (const auto& spec : option_table)
        width = std::max(width, left_column(spec).size());
    std::string text =
        "Usage: xrviz [OPTIONS]\n"
        "Shows Meta's AI spending in 3D: in an XR headset, a desktop window, or offscreen.\n"
        "Values go as --option VALUE or --option=VALUE.\n\nOptions:\n";
    for (const auto& spec : option_table) {
        const auto left = left_column(spec);
        text +=
            "  " + left + std::string(width - left.size() + 2, ' ') + std::string(spec.help) + "\n";
    }
    text += "\nExamples:\n";
    for (const auto& example : examples) {
        text += "  " + std::string(example.command) + "\n      " + std::string(example.what) + "\n";
    }
    return text;
}

}  // namespace xrviz::app
