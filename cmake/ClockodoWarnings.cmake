# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for every target of the project: clean with g++ 12.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
