// Path atoms of an instance.
#pragma once

#include "objects.h"

#include <string>

namespace xrviz::sim {

bool isWellFormedPath(const std::string& path);
XrPath internPath(Instance& instance, const std::string& path);
const std::string* pathString(const Instance& instance, XrPath path);  // null if invalid

}  // namespace xrviz::sim
