// import_shared_data SHARED_DATA_DIR OUT_DIR
// Regenerates the bundled dataset: import_shared_data ../shared/data assets/data/meta
#include <iostream>

#include "tools/import/shared_import.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: import_shared_data SHARED_DATA_DIR OUT_DIR\n";
        return 2;
    }
    const auto result = xrviz::tools::import_shared_data(argv[1], argv[2]);
    for (const auto& error : result.errors) std::cerr << "import_shared_data: " << error << "\n";
    if (!result.errors.empty()) return 1;
    for (const auto& path : result.written) std::cout << "wrote " << path.string() << "\n";
    return 0;
}
