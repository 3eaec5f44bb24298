// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Background work (parsing pages of entries) that must not take a contended core from the GUI thread: the calling
// thread runs at a lower CPU priority, so that the scheduler gives the GUI thread the core first whenever both want
// it (on 2 cores a 100,000-entry load, the parser, the X server and the GUI thread are all runnable at once). The
// parser still gets every core nobody else wants, so an idle machine parses as fast as before.
// Linux: the thread's nice value (a per-thread attribute there) raised by Nice; QThread::setPriority() cannot do it
// (under SCHED_OTHER it has no levels but SCHED_IDLE, which would starve the parser on a busy machine). Elsewhere
// nothing.
class BackgroundPriority
{
public:
    static constexpr int Nice = 10;

    // Lowers the calling thread's priority, once per thread (later calls return at once). False when the system did
    // not allow it or does not have it.
    static bool lowerCurrentThread();
};
