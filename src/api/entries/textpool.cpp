// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/entries/textpool.h"

#include "api/entries/entry.h"

QString TextPool::intern(const QString& text)
{
    if (text.isEmpty())
        return text;
    const auto it = m_texts.constFind(text);
    if (it != m_texts.cend())
        return *it;
    m_texts.insert(text);
    return text;
}

void TextPool::intern(Entry* entry)
{
    for (QString* text : { &entry->text, &entry->customersName, &entry->projectsName, &entry->subprojectsName,
                           &entry->servicesName, &entry->lumpSumServicesName, &entry->usersName })
        *text = intern(*text);
}
