# SPDX-License-Identifier: GPL-3.0-or-later
# NSIS details for the Windows installer (reviewed, not built here).
set(CPACK_NSIS_DISPLAY_NAME "clockodo-desktop")
set(CPACK_NSIS_PACKAGE_NAME "clockodo-desktop")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clockodo-desktop.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "clockodo-desktop" "clockodo-desktop")
set(CPACK_CREATE_DESKTOP_LINKS "clockodo-desktop")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DeleteRegValue HKCU 'Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run' '${APP_ID}'
     DeleteRegValue HKCU 'Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Explorer\\\\StartupApproved\\\\Run' '${APP_ID}'")
