# SPDX-License-Identifier: GPL-3.0-or-later
# clockodo_add_test(NAME SOURCES ... LIBS ... [GUI] [KEYRING] [LABELS ...])
#
# NAME is the Qt Test class file without extension (tst_foo) → executable and CTest test of that name.
# GUI tests need the X server (Xvfb with a tray host) that tests/run-headless.sh provides;
# every other test runs on the offscreen platform. KEYRING tests talk to the Secret Service of the
# private D-Bus session. Every test gets a C.UTF-8 locale and Qt's test mode for standard paths.
function(clockodo_add_test NAME)
    cmake_parse_arguments(ARG "GUI;KEYRING" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${NAME} ${NAME}.cpp ${ARG_SOURCES})
    target_link_libraries(${NAME} PRIVATE Qt6::Test clockodo_test_support ${ARG_LIBS} clockodo_warnings)
    add_test(NAME ${NAME} COMMAND ${NAME})
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=clockodo.*.debug=false"
            "CLOCKODO_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "CLOCKODO_BINARY_DIR=${PROJECT_BINARY_DIR}")
    set(labels unit ${ARG_LABELS})
    if(ARG_GUI)
        list(APPEND labels gui)
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(ARG_KEYRING)
        list(APPEND labels keyring)
    endif()
    set_tests_properties(${NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT 300)
    if(ARG_GUI)
        # One GUI test at a time on the shared X server and tray host.
        set_tests_properties(${NAME} PROPERTIES RESOURCE_LOCK x11)
    endif()
endfunction()
