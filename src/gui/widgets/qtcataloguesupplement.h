// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Texts of Qt's own file dialog that Qt 6.4's catalogues leave untranslated: qtbase_fr.qm has no
// QAbstractFileIconProvider context, so the save dialog's "Type" column said "Folder" in French (and German said
// "Verzeichnis" where every other file manager says "Ordner"). They are listed here under Qt's own context so that
// lupdate puts them into our .ts files; our translator is installed after Qt's and is asked first.
class QtCatalogueSupplement
{
public:
    struct Message
    {
        const char* context;
        const char* source;
    };
    static QList<Message> messages();
};
