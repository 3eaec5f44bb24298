// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkRequest;

// The body of a request that must reach the server at most once (POST, DELETE): a sequential device that cannot
// be rewound. Why: Qt 6.4's HTTP/1 channel sends a request again by itself when the connection closes before the
// first response byte — QHttpNetworkConnectionChannel::handleUnexpectedEOF() (EOF while reading the status line)
// and _q_error(RemoteHostClosedError) while waiting call closeAndResendCurrentRequest()/resendCurrentRequest(),
// while reconnectAttempts lasts, for every method (the request.methodIsIdempotent() check in handleUnexpectedEOF
// came only in later Qt versions). The only thing that stops that re-send is QHttpNetworkConnectionPrivate::
// _q_startNextRequest(): before sending again it calls QHttpNetworkConnectionChannel::resetUploadData(), which
// rewinds the upload device and, when that fails, ends the reply with QNetworkReply::ContentReSendError instead.
// A QByteArray body can always be rewound, and a request without a body has no device at all, so every mutating
// request gets a body through this device, with QNetworkRequest::DoNotBufferUploadDataAttribute (else QNAM copies
// it into a rewindable buffer first) and an explicit Content-Length (without it QNAM buffers anyway). The server
// then sees each request at most once; ApiReply reports ContentReSendError as an unknown outcome. Verified on the
// wire with Qt 6.4.2 (tests/tst_apiclient.cpp, mutatingCallsReachTheServerOnceWhenTheAnswerIsLost: 2 attempts
// without this device, 1 with it); HTTP/1.1 only, HTTP/2 has its own protocol handler and was not tried.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    // Sets the attribute and Content-Length on request that make QNAM stream from this device without a copy.
    void prepare(QNetworkRequest* request) const;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // A sequential device cannot seek: QIODevice::reset() fails, so Qt cannot send the request again.
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
