// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/oneshotbody.h"

#include <QNetworkRequest>

#include <algorithm>
#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

void OneShotBody::prepare(QNetworkRequest* request) const
{
    request->setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request->setHeader(QNetworkRequest::ContentLengthHeader, m_data.size());
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}
