#pragma once
// The command line of xrviz. parse_command_line() never prints and never exits: it returns
// the options or one line saying what was wrong, and main decides (print, exit 2).
// Every option is listed once, in the table in options.cpp, which drives both the parser
// and usage_text(), so --help cannot drift from what is accepted.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/camera_pose.h"

namespace xrviz::app {

enum class Mode { automatic, desktop, xr, headless };

// --set ID=VALUE: a scene parameter, applied once the scene exists (the scene checks the
// id and the range).
struct ParameterSetting {
    std::string id;
    double value = 0.0;
    bool operator==(const ParameterSetting&) const = default;
};

struct Options {
    Mode mode = Mode::automatic;
    std::string scene;  // empty = default scene
    int width = 1280;
    int height = 720;
    // 0 = the mode's default: headless renders 1 frame per screenshot, desktop and xr run
    // until closed.
    int frames = 0;
    std::optional<std::filesystem::path> screenshot, bench, state_out, data, check_data, gallery,
        record, replay, model, tour;
    bool tour_default = false;  // --tour without FILE: the scene's own tour
    std::optional<CameraPose> camera;
    std::optional<std::string> view;
    bool list_scenes = false, help = false, validation = false, no_vsync = false, mirror = false,
         kiosk = false, version = false;
    int msaa = 4;                              // 1, 2, 4 or 8
    int idle_seconds = 60;                     // --kiosk: back to the tour's attract loop
    std::optional<int> gpus;                   // hall scene: 1..1,000,000
    std::vector<ParameterSetting> parameters;  // --set, in command-line order
    bool virtual_clock = false;
    // In the headset: snap turn angle, smooth move with a vignette, seated (raised floor).
    int snap_turn_degrees = 30;
    bool smooth_move = false, seated = false;
    bool ar = false;  // show the room: a see-through display or passthrough
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;  // one line, set when options is empty
};

// argv[0] is the program name and is skipped. Accepts "--opt value" and "--opt=value".
ParseResult parse_command_line(int argc, const char* const argv[]);

// The --help text: every option with a one-line description, then examples.
std::string usage_text();

}  // namespace xrviz::app
