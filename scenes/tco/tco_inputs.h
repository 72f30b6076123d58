#pragma once
// Where each input of the cost model comes from: the dataset where it has the figure
// (H100 price, TDP, GenAI cluster size), a named assumption where it does not, or the
// person once they move a slider. Every assumption is listed once, in tco_inputs.cpp,
// and described in docs/tco.md.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/data/dataset.h"
#include "scenes/tco/tco_model.h"

namespace xrviz::scenes::tco {

enum class Origin {
    dataset,     // read from the dataset (with its source and status)
    assumption,  // a default the dataset lacks; never shown as sourced
    person,      // set with a slider or --set
};

// One input: its slider and where its current value comes from.
struct InputSpec {
    std::string_view id;  // the TcoInputs field and the parameter id
    std::string_view label;
    std::string_view unit;
    double TcoInputs::*field;
    double min, max, step;
    bool logarithmic;
};

// The nine inputs, in the order the panel shows them.
std::span<const InputSpec> input_specs();
// Index into input_specs(); find_input gives nothing for an unknown id, input_index
// throws xrviz::Error (a programming error: ids are ours).
std::optional<std::size_t> find_input(std::string_view id);
std::size_t input_index(std::string_view id);

struct InputOrigin {
    Origin origin = Origin::assumption;
    std::string status;  // the dataset's status ("reported", "estimate"), "derived",
                         // "assumption" or "set by you"
    std::string source_title;
    std::string source_url;
    std::string note;  // what the figure is, or why the assumption is what it is
};

struct TcoDefaults {
    TcoInputs inputs;
    std::array<InputOrigin, 9> origins;  // in input_specs() order
};

// Throws xrviz::Error naming the series when the dataset lacks a figure the model reads
// or gives it in a unit that does not convert.
TcoDefaults defaults_from(const data::Dataset& dataset);

// "24,576 GPUs (reported)", "PUE 1.20 (assumption)": one input as a figure's note lists it.
std::string describe_input(const InputSpec& spec, double value, const InputOrigin& origin);

// The value as the panel and notes print it: "24,576 GPUs", "$27,500", "60 %", "1.10".
std::string format_input(const InputSpec& spec, double value);

}  // namespace xrviz::scenes::tco
