# SPDX-License-Identifier: GPL-3.0-or-later
# clockodo_warnings: an INTERFACE target that every project target links PRIVATE. Clean with g++ 12.
# CLOCKODO_WERROR turns warnings into errors (the README's test command switches it on).
option(CLOCKODO_WERROR "Treat compiler warnings as errors" OFF)
add_library(clockodo_warnings INTERFACE)
target_compile_options(clockodo_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(CLOCKODO_WERROR)
    target_compile_options(clockodo_warnings INTERFACE -Werror)
endif()
