# SPDX-License-Identifier: GPL-3.0-or-later
# `lint`: clang-tidy (the checks in the top-level .clang-tidy) over every translation unit under src/ in
# compile_commands.json (generated sources in the build tree, moc and uic output, are not looked at). Any finding
# fails the target (--warnings-as-errors=*). Not part of the CTest suite; run it with `ninja -C build lint`.
find_program(CLOCKODO_CLANG_TIDY NAMES clang-tidy-14 clang-tidy)
find_program(CLOCKODO_RUN_CLANG_TIDY NAMES run-clang-tidy-14 run-clang-tidy)

if(NOT CLOCKODO_CLANG_TIDY OR NOT CLOCKODO_RUN_CLANG_TIDY OR NOT CMAKE_EXPORT_COMPILE_COMMANDS)
    add_custom_target(lint
        COMMAND ${CMAKE_COMMAND} -E echo "lint needs clang-tidy, run-clang-tidy and CMAKE_EXPORT_COMPILE_COMMANDS"
        COMMAND ${CMAKE_COMMAND} -E false)
    return()
endif()

# run-clang-tidy 14 has no --warnings-as-errors; a wrapper adds it to every clang-tidy call, and run-clang-tidy
# fails when any call does.
set(_clockodo_tidy_wrapper ${CMAKE_BINARY_DIR}/clockodo-clang-tidy.sh)
file(WRITE ${_clockodo_tidy_wrapper}
     "#!/bin/sh\nexec '${CLOCKODO_CLANG_TIDY}' --warnings-as-errors='*' \"$@\"\n")
file(CHMOD ${_clockodo_tidy_wrapper} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)

cmake_host_system_information(RESULT _clockodo_cores QUERY NUMBER_OF_LOGICAL_CORES)

add_custom_target(lint
    COMMAND ${CLOCKODO_RUN_CLANG_TIDY}
        -clang-tidy-binary ${_clockodo_tidy_wrapper}
        -p ${CMAKE_BINARY_DIR}
        -j ${_clockodo_cores}
        -quiet
        # compile_commands.json holds g++'s flags: clang must not stumble over g++-only warning options, and it
        # must not turn the project's own warning flags into findings (the compiler checks those).
        -extra-arg=-Wno-unknown-warning-option
        -extra-arg=-std=c++20
        "^${PROJECT_SOURCE_DIR}/src/"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-tidy over src/ (fails on any finding)"
    USES_TERMINAL
    VERBATIM)

# The generated headers (ui_*.h, moc output) must exist before clang-tidy reads the sources that include them.
foreach(_clockodo_target clockodo_api clockodo_core clockodo_models clockodo_gui clockodo_app clockodo-desktop
                         clockodo_fakeserver clockodo-fakeserver)
    if(TARGET ${_clockodo_target}_autogen)
        add_dependencies(lint ${_clockodo_target}_autogen)
    endif()
endforeach()
