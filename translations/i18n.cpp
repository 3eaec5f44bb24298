// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are resources of this library; see CMakeLists.txt.
