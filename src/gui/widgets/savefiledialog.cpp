// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

QString SaveFileDialog::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QFileDialog* SaveFileDialog::create(QWidget* parent, const QString& title, const QString& nameFilter,
                                    const QString& suffix, const QString& fileName)
{
    auto* dialog = new QFileDialog(parent, title);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(nameFilter);
    dialog->setDefaultSuffix(suffix);
    dialog->setDirectory(documentsFolder());
    if (!fileName.isEmpty())
        dialog->selectFile(fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}
