#pragma once
// The bundled Meta dataset, loaded once per test binary.
#include <gtest/gtest.h>

#include <memory>

#include "engine/core/paths.h"
#include "engine/data/loader.h"

namespace xrviz::scenes::testing {

inline std::shared_ptr<const data::Dataset> bundled_dataset() {
    static const std::shared_ptr<const data::Dataset> dataset = [] {
        data::LoadResult result = data::load_dataset(paths::bundled_dataset_dir());
        if (!result.ok()) {
            ADD_FAILURE() << "bundled dataset failed to load: " << result.errors.front().to_string();
            return std::shared_ptr<const data::Dataset>();
        }
        return std::make_shared<const data::Dataset>(std::move(*result.dataset));
    }();
    return dataset;
}

}  // namespace xrviz::scenes::testing
