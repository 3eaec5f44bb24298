// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/qtcataloguesupplement.h"

#include <QtGlobal>

QList<QtCatalogueSupplement::Message> QtCatalogueSupplement::messages()
{
    // QAbstractFileIconProvider::type() (qtgui): the kind of a row in QFileDialog's detail view.
    static const QList<Message> all {
        { "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder") },
        { "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive") },
        { "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown") },
        { "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut") },
        { "QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias") },
    };
    return all;
}
