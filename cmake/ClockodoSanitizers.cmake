# SPDX-License-Identifier: GPL-3.0-or-later
# CLOCKODO_SANITIZE: AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer for every target of the
# build. Findings are not recoverable: the first one ends the process (tests/run-headless.sh sets ASAN_OPTIONS and
# UBSAN_OPTIONS, the LeakSanitizer suppressions and where the reports go). g++ 12 (libasan8, libubsan1) or clang.
#
# CLOCKODO_FUZZ: the libFuzzer targets in tests/fuzz (clang only: -fsanitize=fuzzer), built with ASan and UBSan as
# well. Every target of that build gets the coverage instrumentation, so a build directory with it on is meant for
# the fuzz targets only (tests/run-headless.sh builds just those).
option(CLOCKODO_SANITIZE "Build with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CLOCKODO_ASAN "Old name of CLOCKODO_SANITIZE" OFF)
option(CLOCKODO_FUZZ "Build the libFuzzer targets (clang only), with ASan and UBSan" OFF)

set(clockodo_sanitizers "")
if(CLOCKODO_SANITIZE OR CLOCKODO_ASAN OR CLOCKODO_FUZZ)
    set(clockodo_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
if(CLOCKODO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CLOCKODO_FUZZ needs clang (libFuzzer), e.g. -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    # Coverage for libFuzzer everywhere; only the fuzz targets link libFuzzer's main (-fsanitize=fuzzer).
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(clockodo_sanitizers)
    add_compile_options(${clockodo_sanitizers} -fno-omit-frame-pointer)
    add_link_options(${clockodo_sanitizers})
endif()
