# Compiles GLSL with glslc at build time and embeds the SPIR-V as a uint32_t array, so no
# shader is ever looked up by a runtime path.
find_program(GLSLC_EXECUTABLE glslc REQUIRED)

# xrviz_add_shaders(TARGET <name> SOURCES <files...>)
# Creates an INTERFACE-free static library <name> exposing header "shaders/<file>.h"
# for each source, declaring `inline constexpr uint32_t <stem>_<stage>_spv[]`.
function(xrviz_add_shaders)
    cmake_parse_arguments(ARG "" "TARGET" "SOURCES" ${ARGN})
    set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/generated/shaders)
    file(MAKE_DIRECTORY ${out_dir})
    set(headers)
    foreach(src IN LISTS ARG_SOURCES)
        get_filename_component(name ${src} NAME)
        string(REPLACE "." "_" symbol ${name})
        set(inc ${out_dir}/${name}.inc)
        set(hdr ${out_dir}/${name}.h)
        add_custom_command(
            OUTPUT ${inc}
            COMMAND ${GLSLC_EXECUTABLE} --target-env=vulkan1.1 -O -Werror -mfmt=c
                    -MD -MF ${inc}.d -o ${inc} ${CMAKE_CURRENT_SOURCE_DIR}/${src}
            DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${src}
            DEPFILE ${inc}.d
            COMMENT "glslc ${src}"
            VERBATIM)
        file(WRITE ${hdr}.in
             "#pragma once\n#include <cstdint>\n"
             "// Generated from shaders/${name} by glslc at build time.\n"
             "inline constexpr std::uint32_t ${symbol}_spv[] =\n#include \"${name}.inc\"\n;\n")
        configure_file(${hdr}.in ${hdr} COPYONLY)
        list(APPEND headers ${inc} ${hdr})
    endforeach()
    add_custom_target(${ARG_TARGET}_compile DEPENDS ${headers})
    add_library(${ARG_TARGET} INTERFACE)
    add_dependencies(${ARG_TARGET} ${ARG_TARGET}_compile)
    target_include_directories(${ARG_TARGET} INTERFACE ${CMAKE_CURRENT_BINARY_DIR}/generated)
endfunction()
