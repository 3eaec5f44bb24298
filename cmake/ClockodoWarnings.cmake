# SPDX-License-Identifier: GPL-3.0-or-later
# clockodo_warnings: an INTERFACE target that every project target links PRIVATE. Clean with g++ 12 (and clang 14
# for the fuzz build's targets).
# CLOCKODO_WERROR turns warnings into errors (the README's test command switches it on).
option(CLOCKODO_WERROR "Treat compiler warnings as errors" OFF)
add_library(clockodo_warnings INTERFACE)
# -Wshadow=local is g++'s; clang (the fuzz build) names its nearest one differently.
set(clockodo_shadow -Wshadow=local)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(clockodo_shadow -Wshadow-uncaptured-local)
endif()
target_compile_options(clockodo_warnings INTERFACE -Wall -Wextra -Wpedantic ${clockodo_shadow} -Wnon-virtual-dtor)
if(CLOCKODO_WERROR)
    target_compile_options(clockodo_warnings INTERFACE -Werror)
endif()
