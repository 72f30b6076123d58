# xrviz_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...>
#                [ENVIRONMENT <VAR=value...>])
# One GoogleTest executable; each TEST becomes a ctest test carrying the labels (unit,
# render, desktop, xr), so presets can pick a subset (the ASan preset runs "unit").
function(xrviz_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main
                          xrviz_warnings)
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_definitions(${ARG_NAME} PRIVATE
        XRVIZ_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        XRVIZ_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        XRVIZ_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    gtest_discover_tests(${ARG_NAME}
        WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
        PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${ARG_ENVIRONMENT}"
        DISCOVERY_TIMEOUT 60)
endfunction()
