// Bad command lines and the exact one-line error each gets: these lines are what a person
// sees, so they are part of the contract.
#include <gtest/gtest.h>

#include "tests/app/parse_helpers.h"

namespace xrviz::app {
namespace {

struct BadCase {
    std::vector<std::string> args;
    std::string error;
};

class BadArguments : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadArguments, GiveOneExactLine) {
    const auto result = testing::parse(GetParam().args);
    EXPECT_FALSE(result.options.has_value());
    EXPECT_EQ(result.error, GetParam().error);
    EXPECT_EQ(result.error.find('\n'), std::string::npos);
}

const BadCase bad_cases[] = {
    {{"--foo"}, "unknown option \"--foo\" (see --help)"},
    {{"--foo=3"}, "unknown option \"--foo\" (see --help)"},
    {{"-x"}, "unknown option \"-x\" (see --help)"},
    {{"skyline"}, "unexpected argument \"skyline\" (options start with --; see --help)"},
    {{"--mode", "vr"}, "--mode: expected desktop, xr or headless, got \"vr\""},
    {{"--mode"}, "--mode: missing value, expected desktop|xr|headless"},
    {{"--scene", "--kiosk"}, "--scene: missing value, expected NAME"},
    {{"--scene="}, "--scene: expected a scene name (see --list-scenes), got an empty value"},
    {{"--size", "12x"}, "--size: expected WIDTHxHEIGHT such as 1280x720, got \"12x\""},
    {{"--size=1280*720"}, "--size: expected WIDTHxHEIGHT such as 1280x720, got \"1280*720\""},
    {{"--size", " 1280x720"}, "--size: expected WIDTHxHEIGHT such as 1280x720, got \" 1280x720\""},
    {{"--size", "8x720"}, "--size: expected width and height each in 16..8192, got \"8x720\""},
    {{"--size", "1280x8193"},
     "--size: expected width and height each in 16..8192, got \"1280x8193\""},
    {{"--frames", "0"}, "--frames: expected a whole number >= 1, got \"0\""},
    {{"--frames", "10k"}, "--frames: expected a whole number >= 1, got \"10k\""},
    {{"--frames", "+3"}, "--frames: expected a whole number >= 1, got \"+3\""},
    {{"--frames", "99999999999"}, "--frames: expected a whole number >= 1, got \"99999999999\""},
    {{"--camera", "eye=0,1,2"},
     "--camera: expected eye=X,Y,Z:target=X,Y,Z such as eye=0,1.6,3:target=0,1,0, got "
     "\"eye=0,1,2\""},
    {{"--camera", "eye=0,1,2:target=0,1"},
     "--camera: expected eye=X,Y,Z:target=X,Y,Z such as eye=0,1.6,3:target=0,1,0, got "
     "\"eye=0,1,2:target=0,1\""},
    {{"--camera", "eye=0,1,nan:target=0,1,0"},
     "--camera: expected eye=X,Y,Z:target=X,Y,Z such as eye=0,1.6,3:target=0,1,0, got "
     "\"eye=0,1,nan:target=0,1,0\""},
    {{"--camera", "target=0,1,0:eye=0,1,2"},
     "--camera: expected eye=X,Y,Z:target=X,Y,Z such as eye=0,1.6,3:target=0,1,0, got "
     "\"target=0,1,0:eye=0,1,2\""},
    {{"--camera=eye=1,2,3:target=1,2,3"},
     "--camera: expected an eye different from the target, got \"eye=1,2,3:target=1,2,3\""},
    {{"--msaa", "3"}, "--msaa: expected 1, 2, 4 or 8, got \"3\""},
    {{"--snap-turn", "5"}, "--snap-turn: expected whole degrees in 10..90, such as 30 or 45, got \"5\""},
    {{"--snap-turn=left"},
     "--snap-turn: expected whole degrees in 10..90, such as 30 or 45, got \"left\""},
    {{"--msaa=16"}, "--msaa: expected 1, 2, 4 or 8, got \"16\""},
    {{"--gpus", "0"}, "--gpus: expected a whole number in 1..1000000, got \"0\""},
    {{"--gpus", "1000001"}, "--gpus: expected a whole number in 1..1000000, got \"1000001\""},
    {{"--set", "utilisation"},
     "--set: expected ID=VALUE such as utilisation=0.6, got \"utilisation\""},
    {{"--set", "=0.6"}, "--set: expected ID=VALUE such as utilisation=0.6, got \"=0.6\""},
    {{"--set", "utilisation=high"},
     "--set: expected ID=VALUE such as utilisation=0.6, got \"utilisation=high\""},
    {{"--set", "utilisation=nan"},
     "--set: expected ID=VALUE such as utilisation=0.6, got \"utilisation=nan\""},
    {{"--set", "Utilisation=0.6"},
     "--set: expected ID=VALUE such as utilisation=0.6, got \"Utilisation=0.6\""},
    {{"--set", "utilisation=0.6x"},
     "--set: expected ID=VALUE such as utilisation=0.6, got \"utilisation=0.6x\""},
    {{"--set"}, "--set: missing value, expected ID=VALUE"},
    {{"--screenshot"}, "--screenshot: missing value, expected FILE"},
    {{"--bench="}, "--bench: expected a path, got an empty value"},
    {{"--tour="}, "--tour: expected a path, got an empty value"},
    {{"--kiosk=yes"}, "--kiosk: takes no value, got \"yes\""},
    {{"--scene", "a", "--scene", "b"}, "--scene: given more than once"},
    {{"-h", "--help"}, "--help: given more than once"},
    {{"--tour", "--tour", "t.json"}, "--tour: given more than once"},
    {{"--record", "a.rec", "--replay", "b.rec"},
     "--record and --replay cannot be used together: record in one run, replay in another"},
    {{"--view", "top", "--camera", "eye=0,0,1:target=0,0,0"},
     "--camera and --view cannot be used together: both set the starting camera"},
};

INSTANTIATE_TEST_SUITE_P(Options, BadArguments, ::testing::ValuesIn(bad_cases));

}  // namespace
}  // namespace xrviz::app
