// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

// The save-file questions of the window's exports share where they open and how they behave.
class SaveFileDialog
{
public:
    // The user's documents folder, or home where there is none (never the working directory).
    static QString documentsFolder();
    // A window-modal question for a file to save (deleted on close), opening in the documents folder with fileName
    // suggested; the caller connects QFileDialog::fileSelected and calls open().
    static QFileDialog* create(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suffix,
                               const QString& fileName);
};
