# One listed warning set for every target of ours; the CI preset turns them into errors.
option(XRVIZ_WERROR "Treat warnings as errors" OFF)
add_library(xrviz_warnings INTERFACE)
target_compile_options(xrviz_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wno-missing-field-initializers
    $<$<BOOL:${XRVIZ_WERROR}>:-Werror>)
